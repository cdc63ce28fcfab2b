/**
 * Step 2: the stored draft beside the source it was read from. Every field is editable: title and
 * year, key tasks, table rows (content, completion time); warnings are highlighted on both sides.
 */
import { Button, Card, Col, List, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importNs } from './messages';
import { KeyTaskEditModal } from './KeyTaskEditModal';
import { PlanForm } from './PlanForm';
import { SourcePanel } from './SourcePanel';
import { TaskEditModal } from './TaskEditModal';
import type { PlanDetail, Preview, Task } from './types';
import { isResolved, refsOf, sourceTexts } from './warnings';
import { WarningList } from './WarningList';

interface Props {
  preview: Preview | null;
  plan: PlanDetail;
  tasks: Task[];
  onChanged: () => void;
  onNext: () => void;
}

export function ReviewStep({ preview, plan, tasks, onChanged, onNext }: Props) {
  const { t } = useTranslation(importNs);
  const [editTask, setEditTask] = useState<Task | null>(null);
  const [editKey, setEditKey] = useState<PlanDetail['keyTasks'][number] | null>(null);

  const warnings = useMemo(
    () => plan.warnings.map((w) => ({ warning: w, resolved: isResolved(w, plan.keyTasks, tasks) })),
    [plan, tasks],
  );
  const open = warnings.filter((w) => !w.resolved).map((w) => refsOf(w.warning.about));
  const openKeys = new Set(open.flatMap((r) => r.keyTasks));
  const openRows = new Set(open.flatMap((r) => r.rows));
  const marks = useMemo(
    () =>
      preview
        ? warnings.flatMap((w) =>
            sourceTexts(w.warning, preview.draft).map((text) => ({ text, open: !w.resolved })),
          )
        : [],
    [preview, warnings],
  );
  const close = (saved: boolean) => {
    setEditTask(null);
    setEditKey(null);
    if (saved) onChanged();
  };

  return (
    <Row gutter={16} className="import-review">
      {preview && (
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('review.source')}
            extra={t('review.sourceName', { name: preview.fileName })}
          >
            <SourcePanel lines={preview.source} marks={marks} />
          </Card>
        </Col>
      )}
      <Col xs={24} lg={preview ? 14 : 24}>
        <div className="import-draft" role="region" aria-label={t('review.draft')}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <WarningList warnings={warnings} />
            <Card size="small" title={t('review.plan')}>
              <PlanForm plan={plan} onSaved={onChanged} />
            </Card>
            <Card size="small" title={t('review.keyTasks')}>
              <List
                size="small"
                dataSource={plan.keyTasks}
                renderItem={(k) => (
                  <List.Item
                    className={openKeys.has(k.no) ? 'import-row-warned' : undefined}
                    actions={[
                      <Button
                        key="edit"
                        size="small"
                        type="link"
                        onClick={() => setEditKey(k)}
                        aria-label={t('review.editKeyTask', { no: k.no })}
                      >
                        {t('review.edit')}
                      </Button>,
                    ]}
                  >
                    <Typography.Text>
                      {k.no}. {k.text}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
            <Card size="small" title={t('review.tasks')}>
              <Table<Task>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={tasks}
                rowClassName={(r) => (openRows.has(r.no) ? 'import-row-warned' : '')}
                columns={[
                  { title: t('review.no'), dataIndex: 'no', width: 56 },
                  {
                    title: t('review.content'),
                    dataIndex: 'content',
                    render: (text: string, r) => (
                      <>
                        {text}{' '}
                        {openRows.has(r.no) && <Tag color="warning">{t('review.warned')}</Tag>}
                      </>
                    ),
                  },
                  { title: t('review.owner'), render: (_, r) => r.owner?.name, width: 80 },
                  {
                    title: t('review.department'),
                    render: (_, r) => r.department?.name,
                    width: 90,
                  },
                  { title: t('review.leader'), render: (_, r) => r.leader?.name, width: 80 },
                  {
                    title: t('review.deadline'),
                    width: 110,
                    render: (_, r) => (
                      <>
                        {r.deadline.text}
                        {r.deadline.due && (
                          <Typography.Text
                            type="secondary"
                            style={{ display: 'block', fontSize: 12 }}
                          >
                            {r.deadline.due}
                          </Typography.Text>
                        )}
                      </>
                    ),
                  },
                  {
                    title: t('review.actions'),
                    width: 70,
                    render: (_, r) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditTask(r)}
                        aria-label={t('review.editTask', { no: r.no })}
                      >
                        {t('review.edit')}
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
            <Button type="primary" onClick={onNext}>
              {t('review.next')}
            </Button>
          </Space>
        </div>
      </Col>
      {editTask && <TaskEditModal task={editTask} onClose={close} />}
      {editKey && <KeyTaskEditModal keyTask={editKey} onClose={close} />}
    </Row>
  );
}
