/** People (人员) with their unit and title, and adding a person. */
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { AdminList } from './AdminList';
import { adminNs } from './messages';
import type { Person } from '../../api/types';
import { compactBody } from './types';
import type { Directory } from './useDirectory';

export function PeopleTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <AdminList<Person>
        addLabel={t('person.add')}
        onAdd={() => setAdding(true)}
        loading={dir.people.loading}
        dataSource={dir.personList}
        columns={[
          { title: t('person.name'), dataIndex: 'name' },
          { title: t('person.unit'), render: (_, p) => dir.unitName.get(p.unitId) },
          { title: t('person.title'), dataIndex: 'title' },
        ]}
      />
      {adding && (
        <FormModal<Person>
          id="person-add"
          title={t('person.add')}
          path="/api/people"
          toBody={compactBody}
          onClose={(p) => {
            setAdding(false);
            if (p) dir.people.reload();
          }}
        >
          <Form.Item name="name" label={t('person.name')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="unitId" label={t('person.unit')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={dir.unitOptions} />
          </Form.Item>
          <Form.Item name="title" label={t('person.title')}>
            <Input />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
