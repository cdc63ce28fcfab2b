/** Visits of the year: record one (POST /api/grassroots/visits) or void one with a reason. */
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../app/auth';
import { FormModal } from '../../components/FormModal';
import { compactBody } from '../admin/types';
import { useDirectory } from '../admin/useDirectory';
import { isoDateProps } from '../import/dateField';
import { sharedNs } from '../../components/messages';
import { grassrootsNs } from './messages';
import type { Visit } from './types';

export function VisitsTab({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { t } = useTranslation(grassrootsNs);
  const { user } = useAuth();
  const visits = useApi<Page<Visit>>('/api/grassroots/visits', {
    year,
    includeVoided: 1,
    limit: 500,
  });
  const dir = useDirectory();
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Visit | null>(null);
  const done = (changed: unknown) => {
    setAdding(false);
    setVoiding(null);
    if (!changed) return;
    visits.reload();
    onChanged();
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setAdding(true)}>
        {t('record')}
      </Button>
      <Table<Visit>
        size="small"
        rowKey="id"
        loading={visits.loading}
        dataSource={visits.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowClassName={(v) => (v.voided ? 'grassroots-voided' : '')}
        columns={[
          { title: t('person'), render: (_, v) => v.personName ?? dir.personName.get(v.personId) },
          { title: t('startDate'), dataIndex: 'startDate', width: 110 },
          { title: t('endDate'), dataIndex: 'endDate', width: 110 },
          { title: t('dayCount'), dataIndex: 'days', width: 70 },
          { title: t('place'), dataIndex: 'place' },
          { title: t('purpose'), dataIndex: 'purpose' },
          {
            title: t('actions', { ns: sharedNs }),
            width: 90,
            render: (_, v) =>
              v.voided ? (
                <Tag>{t('voided')}</Tag>
              ) : (
                <Button size="small" onClick={() => setVoiding(v)}>
                  {t('void')}
                </Button>
              ),
          },
        ]}
      />
      {adding && (
        <FormModal
          id="visit-add"
          title={t('record')}
          path="/api/grassroots/visits"
          initialValues={{ personId: user?.personId ?? undefined }}
          toBody={compactBody}
          onClose={done}
        >
          <Form.Item name="personId" label={t('person')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={dir.personOptions} />
          </Form.Item>
          <Space wrap>
            <Form.Item
              name="startDate"
              label={t('startDate')}
              rules={[{ required: true }]}
              {...isoDateProps}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item
              name="endDate"
              label={t('endDate')}
              rules={[{ required: true }]}
              {...isoDateProps}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item name="days" label={t('dayCount')} extra={t('dayCountHelp')}>
              <InputNumber min={0.5} step={0.5} />
            </Form.Item>
          </Space>
          <Form.Item name="place" label={t('place')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="findings" label={t('findings')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </FormModal>
      )}
      {voiding && (
        <FormModal
          id="visit-void"
          title={t('void')}
          path={`/api/grassroots/visits/${voiding.id}/void`}
          onClose={done}
        >
          <Form.Item name="reason" label={t('voidReason')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
