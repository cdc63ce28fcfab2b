/**
 * Adds a ledger entry to an indicator. The form says in words how the indicator counts, asks only
 * for what counts (no 数量 where each entry or each subject counts once) and marks 对象 required
 * where subjects are counted; field errors show under their field. The date defaults inside the
 * plan's year.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { defaultDayIn } from '../../components/as-of';
import { useFormSubmit } from '../../components/useFormSubmit';
import { taskNs } from './messages';
import type { Indicator, LedgerEntry } from './types';

interface Fields {
  entryDate: Dayjs;
  quantity?: number;
  subject?: string;
}

/** Whether an entry's 数量 counts toward the indicator, and whether it must name its 对象. */
export function countingOf(aggregation: Indicator['aggregation']) {
  return {
    quantityCounts: aggregation === 'sum' || aggregation === 'per_person',
    subjectRequired: aggregation === 'distinct_subjects' || aggregation === 'per_person',
  };
}

interface Props {
  indicator: Indicator;
  /** The plan's year: the date defaults to today inside it, else its nearest end. */
  year: number;
  onAdded: () => void;
}

export function LedgerForm({ indicator, year, onAdded }: Props) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const { quantityCounts, subjectRequired } = countingOf(indicator.aggregation);

  const { busy, submit: onFinish } = useFormSubmit(form, async (values: Fields) => {
    await apiFetch<LedgerEntry>(`/api/indicators/${indicator.id}/ledger`, {
      method: 'POST',
      body: {
        entryDate: values.entryDate.format('YYYY-MM-DD'),
        quantity: quantityCounts ? values.quantity : 1,
        subject: values.subject?.trim() || undefined,
      },
    });
    void message.success(t('ledger.added'));
    form.resetFields(['subject']);
    onAdded();
  });

  const required = (field: string) => [
    { required: true, whitespace: true, message: t('required', { field }) },
  ];
  return (
    <div>
      <Typography.Paragraph type="secondary" data-testid="ledger-rule" style={{ marginBottom: 8 }}>
        <InfoCircleOutlined />{' '}
        {t(`ledger.rule.${indicator.aggregation}`, {
          unit: indicator.unit,
          threshold: indicator.perPersonThreshold ?? '',
        })}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        onFinish={onFinish}
        initialValues={{ entryDate: defaultDayIn(year), quantity: 1 }}
        data-testid="ledger-form"
        className="ledger-form"
      >
        <Form.Item
          name="entryDate"
          label={t('ledger.entryDate')}
          rules={[{ required: true, message: t('required', { field: t('ledger.entryDate') }) }]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        {quantityCounts && (
          <Form.Item
            name="quantity"
            label={t('ledger.quantity')}
            rules={[{ required: true, message: t('required', { field: t('ledger.quantity') }) }]}
          >
            <InputNumber min={0} style={{ width: 100 }} suffix={indicator.unit || undefined} />
          </Form.Item>
        )}
        <Form.Item
          name="subject"
          label={t('ledger.subject')}
          rules={subjectRequired ? required(t('ledger.subject')) : []}
        >
          <Input
            placeholder={
              subjectRequired ? t('ledger.subjectRequiredHint') : t('ledger.subjectHint')
            }
            style={{ width: 200 }}
            maxLength={200}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('ledger.add')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
