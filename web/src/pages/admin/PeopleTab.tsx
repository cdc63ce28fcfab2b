/** People (人员) with their unit and title, and adding a person. */
import { Button, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { adminNs } from './messages';
import type { Person } from '../../api/types';
import { compactBody } from './types';
import type { Directory } from './useDirectory';

export function PeopleTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Button type="primary" onClick={() => setAdding(true)} style={{ marginBottom: 12 }}>
        {t('person.add')}
      </Button>
      <Table<Person>
        size="small"
        rowKey="id"
        loading={dir.people.loading}
        dataSource={dir.personList}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
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
