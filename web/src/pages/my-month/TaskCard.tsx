/** One task of the month: what it is, its light, its indicators with the ledger form, its report. */
import { Alert, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TaskRow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { LightTag } from '../../components/LightTag';
import { IndicatorLedger } from './IndicatorLedger';
import { myMonthNs } from './messages';
import { MonthReport } from './MonthReport';
import type { ReportState, TaskWithIndicators } from './types';

export function TaskCard(props: {
  row: TaskRow;
  month: string;
  year: number;
  asOf: string | undefined;
  onReportState: (taskId: number, state: ReportState | 'none') => void;
}) {
  const { t } = useTranslation(myMonthNs);
  const { row, month } = props;
  const detail = useApi<TaskWithIndicators>(`/api/tasks/${row.id}`, { asOf: props.asOf });
  const task = detail.data ?? row;
  const { onReportState } = props;
  const onState = useCallback(
    (state: ReportState | 'none') => onReportState(row.id, state),
    [onReportState, row.id],
  );
  const owners = task.owners.map((o) => o.name).join('、');
  return (
    <Card
      size="small"
      className="my-month-task"
      data-testid={`task-card-${row.no}`}
      title={
        <div className="my-month-task-title">
          <Typography.Text strong>{t('taskNo', { no: row.no })}</Typography.Text>
          <Typography.Text className="my-month-task-content">{row.content}</Typography.Text>
        </div>
      }
      extra={
        <Space size={8} wrap>
          <LightTag light={task.light.light} reason={task.light.reason} />
          <Link to={`/tasks/${row.id}`}>{t('openTask')}</Link>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" className="my-month-task-facts">
        {[owners, task.deadline.text ?? task.deadline.due].filter(Boolean).join(' · ')}
        {detail.data?.asOf ? ` · ${t('asOf', { date: detail.data.asOf })}` : ''}
      </Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={13}>
          <Typography.Title level={5} className="my-month-section">
            {t('indicators')}
          </Typography.Title>
          {detail.error ? (
            <Alert type="error" showIcon message={errorText(detail.error)} />
          ) : detail.data ? (
            <IndicatorLedger
              indicators={detail.data.indicators}
              month={month}
              year={props.year}
              taskNo={row.no}
              onChanged={detail.reload}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 2 }} />
          )}
        </Col>
        <Col xs={24} lg={11}>
          <MonthReport taskId={row.id} taskNo={row.no} month={month} onState={onState} />
        </Col>
      </Row>
    </Card>
  );
}
