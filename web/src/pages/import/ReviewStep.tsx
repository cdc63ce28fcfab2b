/**
 * Step 2: the stored draft beside the source it was read from. Every field is editable: title and
 * year, key tasks, table rows (content, completion time); warnings are highlighted on both sides.
 */
import { Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { centerIn } from './centerIn';
import { useTranslation } from 'react-i18next';
import { sharedNs } from '../../components/messages';
import { importNs } from './messages';
import { KeyTaskEditModal } from './KeyTaskEditModal';
import { PlanForm } from './PlanForm';
import { SourcePanel } from './SourcePanel';
import { TaskEditModal } from './TaskEditModal';
import type { ImportWarning, PlanDetail, Preview, Task } from './types';
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
  // The source opens at the first open warning; 定位 moves both sides to a warning's lines.
  const firstOpen = warnings.find((w) => !w.resolved)?.warning;
  const lastText = (w: ImportWarning | undefined) =>
    w && preview ? (sourceTexts(w, preview.draft).at(-1) ?? null) : null;
  const [focus, setFocus] = useState<string | null>(null);
  const draftPanel = useRef<HTMLDivElement>(null);
  const locate = (w: ImportWarning) => {
    setFocus(lastText(w));
    if (w.about === 'year') {
      // An inferred year is settled in the plan's own fields.
      const year = draftPanel.current?.querySelector<HTMLInputElement>('.import-plan-year input');
      centerIn(draftPanel.current, year);
      year?.focus();
      return;
    }
    const { keyTasks, rows } = refsOf(w.about);
    const target = rows[0] !== undefined ? `.import-task-${rows[0]}` : `.import-key-${keyTasks[0]}`;
    centerIn(draftPanel.current, draftPanel.current?.querySelector(target));
  };
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
            <SourcePanel
              lines={preview.source}
              marks={marks}
              focus={focus ?? lastText(firstOpen)}
            />
          </Card>
        </Col>
      )}
      <Col xs={24} lg={preview ? 14 : 24}>
        <div ref={draftPanel} className="import-draft" role="region" aria-label={t('review.draft')}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <WarningList warnings={warnings} onLocate={locate} />
            <Card size="small" title={t('review.plan')}>
              <PlanForm plan={plan} onSaved={onChanged} />
            </Card>
            <Card size="small" title={t('review.keyTasks')}>
              <Table<PlanDetail['keyTasks'][number]>
                size="small"
                rowKey="id"
                pagination={false}
                showHeader={false}
                dataSource={plan.keyTasks}
                rowClassName={(k) =>
                  `import-key-${k.no} ${openKeys.has(k.no) ? 'import-row-warned' : ''}`
                }
                columns={[
                  { dataIndex: 'no', width: 56 },
                  { dataIndex: 'text' },
                  {
                    width: 70,
                    render: (_, k) => (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setEditKey(k)}
                        aria-label={t('review.editKeyTask', { no: k.no })}
                      >
                        {t('review.edit')}
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
            <Card size="small" title={t('review.tasks')}>
              <Table<Task>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={tasks}
                rowClassName={(r) =>
                  `import-task-${r.no} ${openRows.has(r.no) ? 'import-row-warned' : ''}`
                }
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
                  {
                    title: t('review.responsibility'),
                    width: 130,
                    render: (_, r) => (
                      <>
                        {[r.owners, r.leadDepartments]
                          .map((refs) => refs.map((x) => x.name).join('、'))
                          .filter(Boolean)
                          .join(' · ')}
                        {r.coDepartments.length > 0 && (
                          <Typography.Text type="secondary" className="import-cell-note">
                            {t('assign.coDepartments')}：
                            {r.coDepartments.map((x) => x.name).join('、')}
                          </Typography.Text>
                        )}
                        {r.leader && (
                          <Typography.Text type="secondary" className="import-cell-note">
                            {t('review.leader')}：{r.leader.name}
                          </Typography.Text>
                        )}
                      </>
                    ),
                  },
                  {
                    title: t('review.deadline'),
                    width: 110,
                    render: (_, r) => (
                      <>
                        {r.deadline.text}
                        {r.deadline.due && (
                          <Typography.Text type="secondary" className="import-cell-note">
                            {r.deadline.due}
                          </Typography.Text>
                        )}
                      </>
                    ),
                  },
                  {
                    title: t('actions', { ns: sharedNs }),
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
