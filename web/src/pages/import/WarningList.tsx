/** The import's warnings, each marked corrected once the draft no longer contradicts itself. */
import { Alert, Button, Card, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { importNs } from './messages';
import type { ImportWarning } from './types';

export function WarningList({
  warnings,
  onLocate,
}: {
  warnings: { warning: ImportWarning; resolved: boolean }[];
  onLocate: (warning: ImportWarning) => void;
}) {
  const { t } = useTranslation(importNs);
  if (warnings.length === 0)
    return <Alert type="success" showIcon title={t('review.noWarnings')} />;
  return (
    <Card size="small" title={t('review.warnings', { count: warnings.length })}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {warnings.map(({ warning, resolved }, i) => (
          <Alert
            key={i}
            className={resolved ? 'import-warning resolved' : 'import-warning open'}
            type={resolved ? 'success' : 'warning'}
            showIcon
            title={currentLanguage() === 'en' ? warning.why : warning.whyZh}
            action={
              <Space size={4}>
                <Tag color={resolved ? 'success' : 'warning'}>
                  {resolved ? t('review.resolved') : t('review.open')}
                </Tag>
                <Button size="small" type="link" onClick={() => onLocate(warning)}>
                  {t('review.locate')}
                </Button>
              </Space>
            }
          />
        ))}
      </Space>
    </Card>
  );
}
