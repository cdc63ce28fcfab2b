/** Adds a ledger entry (date, quantity, subject) to an indicator; field errors show beside the field. */
import { App, Button, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { taskNs } from './messages';
import type { LedgerEntry } from './types';

interface Fields {
  entryDate: Dayjs;
  quantity: number;
  subject?: string;
}

function defaultDate(due: string | null): Dayjs {
  const today = dayjs();
  return due && today.isAfter(due, 'day') ? dayjs(due) : today;
}

interface Props {
  indicatorId: number;
  /** The task's due date: evidence of a past plan defaults to its last day, not to today. */
  due: string | null;
  onAdded: () => void;
}

export function LedgerForm({ indicatorId, due, onAdded }: Props) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();

  const { busy, submit: onFinish } = useFormSubmit(form, async (values: Fields) => {
    await apiFetch<LedgerEntry>(`/api/indicators/${indicatorId}/ledger`, {
      method: 'POST',
      body: {
        entryDate: values.entryDate.format('YYYY-MM-DD'),
        quantity: values.quantity,
        subject: values.subject?.trim() || undefined,
      },
    });
    void message.success(t('ledger.added'));
    form.resetFields(['subject']);
    onAdded();
  });

  const required = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={onFinish}
      initialValues={{ entryDate: defaultDate(due), quantity: 1 }}
      data-testid="ledger-form"
      className="ledger-form"
    >
      <Form.Item
        name="entryDate"
        label={t('ledger.entryDate')}
        rules={required(t('ledger.entryDate'))}
      >
        <DatePicker allowClear={false} />
      </Form.Item>
      <Form.Item
        name="quantity"
        label={t('ledger.quantity')}
        rules={required(t('ledger.quantity'))}
      >
        <InputNumber min={0} style={{ width: 100 }} />
      </Form.Item>
      <Form.Item name="subject" label={t('ledger.subject')}>
        <Input placeholder={t('ledger.subjectHint')} style={{ width: 200 }} maxLength={200} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('ledger.add')}
        </Button>
      </Form.Item>
    </Form>
  );
}
