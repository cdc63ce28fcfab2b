/** An owner's monthly progress report: what was done, problems, next steps. */
import { App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { taskNs } from './messages';
import type { ProgressReport } from './types';

interface Fields {
  month: Dayjs;
  done: string;
  problems?: string;
  nextSteps?: string;
}

export function ReportForm({ taskId, onSubmitted }: { taskId: number; onSubmitted: () => void }) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();

  const { busy, submit: onFinish } = useFormSubmit(form, async (values: Fields) => {
    await apiFetch<ProgressReport>(`/api/tasks/${taskId}/reports`, {
      method: 'POST',
      body: {
        month: values.month.format('YYYY-MM'),
        done: values.done,
        problems: values.problems || undefined,
        nextSteps: values.nextSteps || undefined,
      },
    });
    void message.success(t('reports.submitted'));
    form.resetFields(['done', 'problems', 'nextSteps']);
    onSubmitted();
  });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ month: dayjs() }}
      data-testid="report-form"
    >
      <Form.Item name="month" label={t('reports.month')} rules={[{ required: true }]}>
        <DatePicker picker="month" allowClear={false} />
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
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('reports.submit')}
      </Button>
    </Form>
  );
}
