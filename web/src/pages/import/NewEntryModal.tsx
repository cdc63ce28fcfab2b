/** Creates a person (POST /api/people) or a unit (POST /api/units) missing from the directory. */
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { sharedNs } from '../../components/messages';
import { importNs } from './messages';
import { unitKinds, type Unit } from '../../api/types';

interface Props {
  kind: 'person' | 'unit';
  units: Unit[];
  onClose: (created: string | null) => void;
}

export function NewEntryModal({ kind, units, onClose }: Props) {
  const { t } = useTranslation(importNs);
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <FormModal<{ name: string }>
      id="new-entry"
      title={t(kind === 'person' ? 'assign.newPerson' : 'assign.newUnit')}
      path={kind === 'person' ? '/api/people' : '/api/units'}
      initialValues={kind === 'unit' ? { kind: 'department', parentId: units[0]?.id ?? null } : {}}
      onClose={(created) => onClose(created ? created.name : null)}
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
              options={unitKinds.map((k) => ({
                value: k,
                label: t(`unitKinds.${k}`, { ns: sharedNs }),
              }))}
            />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
