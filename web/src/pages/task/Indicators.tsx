/** Each quantitative target with its actual value computed from the ledger, as a progress bar. */
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../components/label';
import { taskNs } from './messages';
import type { Indicator } from './types';

export function Indicators({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation(taskNs);
  const label = useLabel();
  if (indicators.length === 0)
    return (
      <Card size="small">
        <Typography.Text strong>{label(t('indicators'))}</Typography.Text>
        <Typography.Text type="secondary">{t('noIndicators')}</Typography.Text>
      </Card>
    );
  return (
    <Card title={t('indicators')} size="small">
      <Row gutter={[16, 16]}>
        {indicators.map((i) => (
          <Col key={i.id} xs={24} lg={12} xxl={8}>
            <div className="indicator" data-testid={`indicator-${i.id}`}>
              <Typography.Text strong>
                {label(t('target'))}
                {i.targetText}
              </Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {t(`aggregation.${i.aggregation}`)}
              </Typography.Text>
              <div className="indicator-figures">
                <Statistic
                  title={t('actual')}
                  value={i.actual}
                  suffix={i.unit}
                  data-testid={`indicator-actual-${i.id}`}
                />
                <Progress
                  percent={Math.round(i.progress * 100)}
                  aria-label={i.targetText}
                  style={{ flex: 1, margin: 0 }}
                />
              </div>
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
