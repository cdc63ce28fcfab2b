/** Creates a person (POST /api/people) or a unit (POST /api/units) missing from the directory. */
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { importNs } from './messages';
import type { Unit } from './types';

interface Props {
  kind: 'person' | 'unit';
  units: Unit[];
  onClose: (created: string | null) => void;
}

const unitKinds = ['department', 'association', 'county', 'society', 'government'] as const;

export function NewEntryModal({ kind, units, onClose }: Props) {
  const { t } = useTranslation(importNs);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));

  const save = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      const path = kind === 'person' ? '/api/people' : '/api/units';
      await apiFetch(path, { method: 'POST', body: values });
      onClose(String(values.name));
    } catch (err) {
      report(err, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t(kind === 'person' ? 'assign.newPerson' : 'assign.newUnit')}
      okButtonProps={{ htmlType: 'submit', form: 'new-entry', loading: busy }}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form
        id="new-entry"
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          kind === 'unit' ? { kind: 'department', parentId: units[0]?.id ?? null } : {}
        }
      >
        <Form.Item
          name="name"
          label={t(kind === 'person' ? 'assign.name' : 'assign.unitName')}
          rules={[{ required: true }]}
        >
          <Input autoFocus />
        </Form.Item>
        {kind === 'person' ? (
          <>
            <Form.Item name="unitId" label={t('assign.unit')} rules={[{ required: true }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
            </Form.Item>
            <Form.Item name="title" label={t('assign.personTitle')}>
              <Input />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="parentId" label={t('assign.parent')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
            </Form.Item>
            <Form.Item name="kind" label={t('assign.kind')} rules={[{ required: true }]}>
              <Select
                options={unitKinds.map((k) => ({ value: k, label: t(`assign.kinds.${k}`) }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
