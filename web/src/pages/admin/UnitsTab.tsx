/** Units (单位/部室): the organisation tree as a flat list, and adding a unit. */
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { AdminList } from './AdminList';
import { sharedNs } from '../../components/messages';
import { adminNs } from './messages';
import { unitKinds, type Unit } from '../../api/types';
import type { Directory } from './useDirectory';

export function UnitsTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <AdminList<Unit>
        addLabel={t('unit.add')}
        onAdd={() => setAdding(true)}
        loading={dir.units.loading}
        dataSource={dir.unitList}
        columns={[
          { title: t('unit.name'), dataIndex: 'name' },
          {
            title: t('unit.parent'),
            render: (_, u) => (u.parentId ? dir.unitName.get(u.parentId) : ''),
          },
          { title: t('unit.kind'), render: (_, u) => t(`unitKinds.${u.kind}`, { ns: sharedNs }) },
        ]}
      />
      {adding && (
        <FormModal<Unit>
          id="unit-add"
          title={t('unit.add')}
          path="/api/units"
          initialValues={{ kind: 'department', parentId: dir.unitList[0]?.id ?? null }}
          toBody={(v) => ({ ...v, parentId: v.parentId ?? null })}
          onClose={(u) => {
            setAdding(false);
            if (u) dir.units.reload();
          }}
        >
          <Form.Item name="name" label={t('unit.name')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="parentId" label={t('unit.parent')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={dir.unitOptions}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('unit.kind')} rules={[{ required: true }]}>
            <Select
              options={unitKinds.map((k) => ({
                value: k,
                label: t(`unitKinds.${k}`, { ns: sharedNs }),
              }))}
            />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
