/** Title and year of the stored draft plan (PATCH /api/plans/:id under If-Match). */
import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { importNs } from './messages';
import type { PlanDetail } from './types';

interface Values {
  title: string;
  year: number;
}

export function PlanForm({ plan, onSaved }: { plan: PlanDetail; onSaved: () => void }) {
  const { t } = useTranslation(importNs);
  const [form] = Form.useForm<Values>();

  useEffect(() => form.setFieldsValue({ title: plan.title, year: plan.year }), [form, plan]);

  const { busy, submit: save } = useFormSubmit(
    form,
    async (values: Values) => {
      await apiFetch(`/api/plans/${plan.id}`, {
        method: 'PATCH',
        body: values,
        ifMatch: plan.version,
      });
      onSaved();
    },
    onSaved,
  );

  return (
    <Form form={form} layout="vertical" onFinish={save}>
      <Space.Compact block>
        <Form.Item
          name="title"
          label={t('review.planTitle')}
          rules={[{ required: true }]}
          style={{ flex: 1 }}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('review.year')}
          rules={[{ required: true }]}
          className="import-plan-year"
        >
          <InputNumber min={1949} max={2100} style={{ width: 110 }} />
        </Form.Item>
      </Space.Compact>
      <Button htmlType="submit" loading={busy} size="small">
        {t('review.savePlan')}
      </Button>
    </Form>
  );
}
