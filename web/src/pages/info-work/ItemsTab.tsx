/** Information items of a year (or month): submit one, record an adoption. */
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../app/auth';
import { defaultDayIn, outsideYear } from '../../components/as-of';
import { FormModal } from '../../components/FormModal';
import { isoDateProps } from '../import/dateField';
import { sharedNs } from '../../components/messages';
import { infoWorkNs } from './messages';
import { MonthSelect, useMonthFilter } from './MonthFilter';
import { adoptionLevels, type InfoItem } from './types';

export function ItemsTab({ year }: { year: number }) {
  const { t } = useTranslation(infoWorkNs);
  const { user } = useAuth();
  const { month, setMonth, query } = useMonthFilter(year);
  const [adding, setAdding] = useState(false);
  const [adopting, setAdopting] = useState<InfoItem | null>(null);
  const items = useApi<Page<InfoItem>>('/api/info-items', { ...query, limit: 500 });
  const units = useApi<Page<{ id: number; name: string }>>(
    user?.role === 'admin' ? '/api/units' : null,
  );
  const levelOptions = adoptionLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <MonthSelect month={month} onChange={setMonth} />
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('submit')}
        </Button>
      </Space>
      <Table<InfoItem>
        size="small"
        rowKey="id"
        loading={items.loading}
        dataSource={items.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('submittedOn'), dataIndex: 'submittedOn', width: 110 },
          { title: t('unit'), dataIndex: 'unitName', width: 160 },
          { title: t('itemTitle'), dataIndex: 'title' },
          {
            title: t('adoption'),
            width: 170,
            render: (_, x) =>
              x.adoptionLevel ? (
                <Tag color="green">{t(`levels.${x.adoptionLevel}`)}</Tag>
              ) : (
                <Tag>{t('notAdopted')}</Tag>
              ),
          },
          ...(user?.role === 'admin'
            ? [
                {
                  title: t('actions', { ns: sharedNs }),
                  width: 110,
                  render: (_: unknown, x: InfoItem) => (
                    <Button size="small" onClick={() => setAdopting(x)}>
                      {t('adopt')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <FormModal
          id="info-item-add"
          title={t('submit')}
          path="/api/info-items"
          initialValues={{ submittedOn: defaultDayIn(year).format('YYYY-MM-DD') }}
          onClose={(done) => {
            setAdding(false);
            if (done) items.reload();
          }}
        >
          {units.data && (
            <Form.Item name="unitId" label={t('unit')} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={units.data.items.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('itemTitle')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="content" label={t('content')} rules={[{ required: true }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item
            name="submittedOn"
            label={t('submittedOn')}
            rules={[{ required: true }]}
            {...isoDateProps}
          >
            <DatePicker disabledDate={outsideYear(year)} />
          </Form.Item>
        </FormModal>
      )}
      {adopting && (
        <FormModal
          id="info-adopt"
          title={`${t('adopt')}：${adopting.title}`}
          path={`/api/info-items/${adopting.id}/adoptions`}
          initialValues={{
            level: 'unit_website',
            adoptedOn: defaultDayIn(year).format('YYYY-MM-DD'),
          }}
          onClose={(done) => {
            setAdopting(null);
            if (done) items.reload();
          }}
        >
          <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
            <Select options={levelOptions} />
          </Form.Item>
          <Form.Item
            name="adoptedOn"
            label={t('adoptedOn')}
            rules={[{ required: true }]}
            {...isoDateProps}
          >
            <DatePicker />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
