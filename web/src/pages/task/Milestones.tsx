/**
 * 时间节点: the task's dated steps. Administrators add and edit them; an owner (or an
 * administrator) marks one done with what was done.
 */
import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { defaultDayIn } from '../../components/as-of';
import { FormModal } from '../../components/FormModal';
import { taskNs } from './messages';
import type { Milestone } from './types';

const stateColors: Record<Milestone['state'], string> = {
  open: 'blue',
  overdue: 'red',
  done: 'green',
};

type Dialog =
  { kind: 'add' } | { kind: 'edit'; milestone: Milestone } | { kind: 'done'; milestone: Milestone };

interface Props {
  taskId: number;
  year: number;
  canManage: boolean;
  canComplete: boolean;
  /** Called after a change: a milestone can turn the task's light. */
  onChanged: () => void;
}

export function Milestones({ taskId, year, canManage, canComplete, onChanged }: Props) {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const list = useApi<Page<Milestone>>(`/api/tasks/${taskId}/milestones`);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('required', { field }) },
  ];

  /** A milestone's title and date, the same when it is added and when it is edited. */
  const milestoneFields = (
    <>
      <Form.Item name="title" label={t('milestones.title')} rules={required(t('milestones.title'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="due"
        label={t('milestones.due')}
        rules={[{ required: true, message: t('required', { field: t('milestones.due') }) }]}
      >
        <DatePicker allowClear={false} />
      </Form.Item>
    </>
  );

  const closed = (saved: Milestone | null, done: string) => {
    setDialog(null);
    if (!saved) return;
    void message.success(done);
    list.reload();
    onChanged();
  };

  const columns: TableColumnsType<Milestone> = [
    { key: 'title', title: t('milestones.title'), dataIndex: 'title' },
    { key: 'due', title: t('milestones.due'), dataIndex: 'due', width: 120 },
    {
      key: 'state',
      title: t('milestones.state'),
      width: 100,
      render: (_, m) => <Tag color={stateColors[m.state]}>{t(`milestones.states.${m.state}`)}</Tag>,
    },
    {
      key: 'evidence',
      title: t('milestones.evidence'),
      render: (_, m) =>
        m.doneAt ? (
          <Space direction="vertical" size={0}>
            <span>{m.evidence}</span>
            <Typography.Text type="secondary">
              {t('milestones.doneAt', { at: dayjs(m.doneAt).format('YYYY-MM-DD') })}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: '',
      width: 190,
      render: (_, m) =>
        m.state === 'done' ? null : (
          <Space size={4}>
            {canComplete && (
              <Button
                size="small"
                icon={<CheckOutlined />}
                onClick={() => setDialog({ kind: 'done', milestone: m })}
              >
                {t('milestones.markDone')}
              </Button>
            )}
            {canManage && (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setDialog({ kind: 'edit', milestone: m })}
              >
                {t('milestones.edit')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  const toDated = (v: Record<string, unknown>) => ({
    title: v.title,
    due: (v.due as Dayjs).format('YYYY-MM-DD'),
  });

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {canManage && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
          {t('milestones.add')}
        </Button>
      )}
      <Table<Milestone>
        rowKey="id"
        size="small"
        data-testid="milestones"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{
          emptyText: (
            <Empty description={t('milestones.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
      />
      {dialog?.kind === 'add' && (
        <FormModal<Milestone>
          id="milestone-add"
          title={t('milestones.add')}
          path={`/api/tasks/${taskId}/milestones`}
          initialValues={{ due: defaultDayIn(year) }}
          toBody={toDated}
          onClose={(saved) => closed(saved, t('milestones.added'))}
        >
          {milestoneFields}
        </FormModal>
      )}
      {dialog?.kind === 'edit' && (
        <FormModal<Milestone>
          id="milestone-edit"
          title={t('milestones.edit')}
          path={`/api/milestones/${dialog.milestone.id}`}
          method="PATCH"
          initialValues={{ title: dialog.milestone.title, due: dayjs(dialog.milestone.due) }}
          toBody={(v) => ({ ...toDated(v), version: dialog.milestone.version })}
          onClose={(saved) => closed(saved, t('milestones.saved'))}
          onReload={list.reload}
        >
          {milestoneFields}
        </FormModal>
      )}
      {dialog?.kind === 'done' && (
        <FormModal<Milestone>
          id="milestone-done"
          title={t('milestones.doneTitle', { title: dialog.milestone.title })}
          path={`/api/milestones/${dialog.milestone.id}/done`}
          toBody={(v) => ({ evidence: v.evidence, version: dialog.milestone.version })}
          onClose={(saved) => closed(saved, t('milestones.markedDone'))}
          onReload={list.reload}
        >
          <Form.Item
            name="evidence"
            label={t('milestones.evidence')}
            rules={required(t('milestones.evidence'))}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}
