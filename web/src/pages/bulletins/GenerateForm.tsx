/**
 * Month and kind → POST /api/plans/:id/bulletins: the month's draft, replaced when generated again;
 * errors sit on the field they concern.
 */
import { App, Button, DatePicker, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { defaultDayIn, outsideYear } from '../../components/as-of';
import { useFormSubmit } from '../../components/useFormSubmit';
import { issueLabel } from './labels';
import { bulletinsNs } from './messages';
import { bulletinKinds, type Bulletin, type BulletinKind } from './types';

interface Values {
  month: Dayjs;
  kind: BulletinKind;
}

export function GenerateForm({
  planId,
  year,
  onDone,
}: {
  planId: number;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation(bulletinsNs);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const { busy, submit: submit } = useFormSubmit(form, async ({ month, kind }: Values) => {
    const b = await apiFetch<Bulletin>(`/api/plans/${planId}/bulletins`, {
      method: 'POST',
      body: { month: month.format('YYYY-MM'), kind },
    });
    void message.success(
      t('generated', { month: b.month, kind: t(`kinds.${b.kind}`), issue: issueLabel(t, b) }),
    );
    onDone();
  });

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      initialValues={{ month: defaultDayIn(year).startOf('month'), kind: 'key-work' }}
    >
      <Space wrap>
        <Form.Item name="month" label={t('month')} rules={[{ required: true }]}>
          <DatePicker
            picker="month"
            format="YYYY-MM"
            allowClear={false}
            disabledDate={outsideYear(year)}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select
            style={{ width: 200 }}
            options={bulletinKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('submit')}
        </Button>
      </Space>
    </Form>
  );
}
