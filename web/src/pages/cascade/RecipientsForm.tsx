/** The plan's subordinate units (主送: 县区科协, 学会), set by its administrators: PUT …/recipients. */
import { App, Button, Form, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useFormSubmit } from '../../components/useFormSubmit';
import { cascadeNs } from './messages';
import type { Recipient } from './types';

interface Unit {
  id: number;
  name: string;
  kind: string;
}

export function RecipientsForm({
  planId,
  current,
  onSaved,
}: {
  planId: number;
  current: Recipient[];
  onSaved: () => void;
}) {
  const { t } = useTranslation(cascadeNs);
  const { message } = App.useApp();
  const units = useApi<Page<Unit>>('/api/units');
  const [form] = Form.useForm<{ unitIds: number[] }>();
  const options = (units.data?.items ?? [])
    .filter((u) => u.kind === 'county' || u.kind === 'society')
    .map((u) => ({ value: u.id, label: u.name }));

  useEffect(() => form.setFieldsValue({ unitIds: current.map((r) => r.unitId) }), [form, current]);

  const { busy, submit: save } = useFormSubmit(form, async ({ unitIds }: { unitIds: number[] }) => {
    await apiFetch(`/api/plans/${planId}/recipients`, { method: 'PUT', body: { unitIds } });
    void message.success(t('recipientsSaved'));
    onSaved();
  });

  return (
    <Form form={form} layout="vertical" onFinish={save}>
      <Space.Compact block>
        <Form.Item
          name="unitIds"
          label={t('setRecipients')}
          extra={t('recipientsHelp')}
          style={{ flex: 1 }}
        >
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
        </Form.Item>
      </Space.Compact>
      <Button htmlType="submit" loading={busy}>
        {t('saveRecipients')}
      </Button>
    </Form>
  );
}
