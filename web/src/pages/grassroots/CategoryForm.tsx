/** Puts a person under the 60-day (leading cadre) or 30-day (staff) rule: PUT …/people/:id/category. */
import { App, Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useDirectory } from '../admin/useDirectory';
import { grassrootsNs } from './messages';

interface Values {
  personId: number;
  category: 'leading' | 'staff';
}

export function CategoryForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(grassrootsNs);
  const { message } = App.useApp();
  const dir = useDirectory();
  const [form] = Form.useForm<Values>();

  const { busy, submit: save } = useFormSubmit(form, async ({ personId, category }: Values) => {
    await apiFetch(`/api/grassroots/people/${personId}/category`, {
      method: 'PUT',
      body: { category },
    });
    void message.success(t('categorySaved', { name: dir.personName.get(personId) ?? '' }));
    form.resetFields();
    onDone();
  });

  return (
    <Form form={form} layout="inline" onFinish={save} initialValues={{ category: 'staff' }}>
      <Space wrap>
        <Form.Item name="personId" label={t('person')} rules={[{ required: true }]}>
          <Select
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={dir.personOptions}
          />
        </Form.Item>
        <Form.Item name="category" label={t('category')} rules={[{ required: true }]}>
          <Select
            style={{ width: 140 }}
            options={(['leading', 'staff'] as const).map((c) => ({
              value: c,
              label: t(`categories.${c}`),
            }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('setCategory')}
        </Button>
      </Space>
    </Form>
  );
}
