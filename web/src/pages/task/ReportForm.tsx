/**
 * An owner's monthly progress report: what was done, problems, next steps, and files. The month
 * defaults inside the plan's year (its last month once the year is over) and other years' months
 * cannot be picked. Given a returned report, the form edits it and sends it again.
 */
import { App, Button, DatePicker, Form, Input } from 'antd';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { defaultDayIn, outsideYear } from '../../components/as-of';
import { useFormSubmit } from '../../components/useFormSubmit';
import { HeldFiles, heldFiles, uploadAll } from './Attachments';
import { taskNs } from './messages';
import type { ProgressReport } from './types';

interface Fields {
  month: Dayjs;
  done: string;
  problems?: string;
  nextSteps?: string;
  files?: UploadFile[];
}

interface Props {
  taskId: number;
  /** The plan's year. */
  year: number;
  /** A returned report to edit and send again (PATCH); absent, a new report (POST). */
  resubmit?: ProgressReport;
  onSubmitted: () => void;
  /** Reloads what the form was based on when the report changed meanwhile. */
  onReload?: () => void;
}

export function ReportForm({ taskId, year, resubmit, onSubmitted, onReload }: Props) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();

  const { busy, submit: onFinish } = useFormSubmit(
    form,
    async (values: Fields) => {
      const text = {
        done: values.done,
        problems: values.problems || undefined,
        nextSteps: values.nextSteps || undefined,
      };
      const saved = resubmit
        ? await apiFetch<ProgressReport>(`/api/reports/${resubmit.id}`, {
            method: 'PATCH',
            body: { ...text, version: resubmit.version },
          })
        : await apiFetch<ProgressReport>(`/api/tasks/${taskId}/reports`, {
            method: 'POST',
            body: { month: values.month.format('YYYY-MM'), ...text },
          });
      form.resetFields(['done', 'problems', 'nextSteps', 'files']);
      try {
        await uploadAll(`/api/reports/${saved.id}/attachments`, heldFiles(values.files));
      } finally {
        void message.success(t(resubmit ? 'reports.resubmitted' : 'reports.submitted'));
        onSubmitted();
      }
    },
    onReload,
  );

  const initialValues = resubmit
    ? {
        month: dayjs(resubmit.month),
        done: resubmit.done,
        problems: resubmit.problems ?? undefined,
        nextSteps: resubmit.nextSteps ?? undefined,
      }
    : { month: defaultDayIn(year).startOf('month') };
  return (
    <Form
      form={form}
      // Field ids prefixed: the new-report form and the one sending a returned report again coexist.
      name={resubmit ? 'resubmit' : 'report'}
      layout="vertical"
      onFinish={onFinish}
      initialValues={initialValues}
      data-testid={resubmit ? 'resubmit-form' : 'report-form'}
    >
      <Form.Item name="month" label={t('reports.month')} rules={[{ required: true }]}>
        <DatePicker
          picker="month"
          allowClear={false}
          disabled={resubmit !== undefined}
          disabledDate={outsideYear(year)}
        />
      </Form.Item>
      <Form.Item
        name="done"
        label={t('reports.done')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('required', { field: t('reports.done') }),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="problems" label={t('reports.problems')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="nextSteps" label={t('reports.nextSteps')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="files" label={t('files.label')}>
        <HeldFiles />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t(resubmit ? 'reports.resubmitSend' : 'reports.submit')}
      </Button>
    </Form>
  );
}
