/**
 * The month's progress report of one task: its state (未报送 / 已报送 / 已通过 / 已退回 with the
 * comment), a form open in place while there is something to send, and an optional attachment
 * uploaded right after the report is saved. A returned report is edited and sent again (PATCH).
 */
import { Alert, App, Button, Form, Input, Space, Tag, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiFetch } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { useLabel } from '../../components/label';
import { useFormSubmit } from '../../components/useFormSubmit';
import { chosenFile, FileField, fileItemProps, FileLinks, uploadTo } from './files';
import { myMonthNs } from './messages';
import type { ProgressReport, ReportState } from './types';

export const stateColors: Record<ReportState | 'none', string> = {
  none: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'red',
};

interface Fields {
  done: string;
  problems?: string;
  nextSteps?: string;
  file?: UploadFile[];
}

function ReportText({ r }: { r: ProgressReport }) {
  const { t } = useTranslation(myMonthNs);
  const label = useLabel();
  const line = (key: 'done' | 'problems' | 'nextSteps', text: string | null) =>
    text ? (
      <Typography.Paragraph style={{ margin: 0 }}>
        <Typography.Text type="secondary">{label(t(`report.${key}`))}</Typography.Text>
        {text}
      </Typography.Paragraph>
    ) : null;
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }} data-testid="report-text">
      {line('done', r.done)}
      {line('problems', r.problems)}
      {line('nextSteps', r.nextSteps)}
      {r.reviewComment && (
        <Typography.Text type="success">
          {t('report.reviewComment', { comment: r.reviewComment })}
        </Typography.Text>
      )}
      {r.state === 'submitted' && (
        <Typography.Text type="secondary">{t('report.awaiting')}</Typography.Text>
      )}
    </Space>
  );
}

function ReportForm(props: {
  taskId: number;
  taskNo: number;
  month: string;
  returned: ProgressReport | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation(myMonthNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const { returned } = props;

  const { busy, submit } = useFormSubmit(
    form,
    async (values: Fields) => {
      const text = {
        done: values.done,
        problems: values.problems?.trim() || undefined,
        nextSteps: values.nextSteps?.trim() || undefined,
      };
      let saved: ProgressReport;
      try {
        saved = returned
          ? await apiFetch<ProgressReport>(`/api/reports/${returned.id}`, {
              method: 'PATCH',
              ifMatch: returned.version,
              body: { ...text, version: returned.version },
            })
          : await apiFetch<ProgressReport>(`/api/tasks/${props.taskId}/reports`, {
              method: 'POST',
              body: { ...text, month: props.month },
            });
      } catch (err) {
        // Already sent (or no longer returned): the server's word, and the report as it stands.
        if (err instanceof ApiError && err.status === 409) {
          void message.error(errorText(err));
          props.onSaved();
          return;
        }
        throw err;
      }
      const file = chosenFile(values.file);
      if (file) {
        try {
          await uploadTo(`/api/reports/${saved.id}/attachments`, file);
        } catch (err) {
          void message.warning(t('report.fileFailed', { message: errorText(err) }));
        }
      }
      void message.success(t(returned ? 'report.resent' : 'report.sent'));
      props.onSaved();
    },
    props.onSaved,
  );

  return (
    <Form
      form={form}
      name={`report-${props.taskNo}`}
      layout="vertical"
      onFinish={submit}
      initialValues={
        returned
          ? {
              done: returned.done,
              problems: returned.problems ?? '',
              nextSteps: returned.nextSteps ?? '',
            }
          : {}
      }
      className="my-month-report-form"
      data-testid={`report-form-${props.taskNo}`}
    >
      <Form.Item
        name="done"
        label={t('report.done')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('ledger.required', { field: t('report.done') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="problems" label={t('report.problems')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('report.nextSteps')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      <Space wrap align="start" className="my-month-form-actions">
        <Form.Item name="file" {...fileItemProps} noStyle>
          <FileField label={t('ledger.chooseFile')} testId={`report-file-${props.taskNo}`} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t(returned ? 'report.resend' : 'report.send')}
        </Button>
      </Space>
    </Form>
  );
}

export function MonthReport(props: {
  taskId: number;
  taskNo: number;
  month: string;
  /** Told the month's report state once it is known, and again when it changes. */
  onState: (state: ReportState | 'none') => void;
}) {
  const { t } = useTranslation(myMonthNs);
  const reports = useApi<Page<ProgressReport>>(`/api/tasks/${props.taskId}/reports`, {
    limit: 100,
  });
  const report = reports.data?.items.find((r) => r.month === props.month);
  const state = report?.state ?? 'none';
  const open = state === 'none' || state === 'returned';
  const loaded = reports.data !== undefined;
  const { onState } = props;
  useEffect(() => {
    if (loaded) onState(state);
  }, [loaded, state, onState]);
  return (
    <Space
      direction="vertical"
      size={8}
      style={{ width: '100%' }}
      data-testid={`month-report-${props.taskNo}`}
    >
      <Typography.Title level={5} className="my-month-section">
        {t('report.title', { month: props.month })}
        {reports.data && (
          <Tag
            color={stateColors[state]}
            data-testid={`report-state-${props.taskNo}`}
            className="my-month-state"
          >
            {t(`report.states.${state}`)}
          </Tag>
        )}
      </Typography.Title>
      {report?.state === 'returned' && (
        <Alert
          type="warning"
          showIcon
          message={t('report.returnedBecause', { comment: report.reviewComment ?? '' })}
        />
      )}
      {report && !open && <ReportText r={report} />}
      {report && <FileLinks key={report.version} path={`/api/reports/${report.id}/attachments`} />}
      {reports.data && open && (
        <ReportForm
          key={report?.version ?? 0}
          taskId={props.taskId}
          taskNo={props.taskNo}
          month={props.month}
          returned={report}
          onSaved={reports.reload}
        />
      )}
    </Space>
  );
}
