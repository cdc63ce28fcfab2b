/**
 * Key tasks (重点工作) with the items they come from and the tasks that carry them out, each task
 * with its light as of the 统计日期.
 */
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import type { TaskRow } from '../../api/types';
import { useLabel } from '../../components/label';
import { LightTag } from '../../components/LightTag';
import { planNs } from './messages';
import type { PlanDetail } from './types';

export function KeyTasks(props: { plan: PlanDetail; tasks: TaskRow[]; asOf: string | undefined }) {
  const { plan } = props;
  const { t } = useTranslation(planNs);
  const label = useLabel();
  const light = (id: number) => props.tasks.find((x) => x.id === id)?.light;
  return (
    <Card title={t('keyTasks')} size="small">
      <List
        size="small"
        data-testid="key-tasks"
        dataSource={plan.keyTasks}
        renderItem={(k) => (
          <List.Item id={`key-task-${k.no}`}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text>
                <Tag color="volcano">{t('keyTaskNo', { no: k.no })}</Tag>
                {k.text}
              </Typography.Text>
              <Space size={4} wrap>
                <Typography.Text type="secondary">{label(t('fromItems'))}</Typography.Text>
                {k.items.length === 0 && (
                  <Typography.Text type="secondary">{t('none')}</Typography.Text>
                )}
                {k.items.map((i) => (
                  <a key={i.no} href={`#item-${i.no}`}>
                    {t('itemNo', { no: i.no })}
                  </a>
                ))}
                <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                  {label(t('tasks'))}
                </Typography.Text>
                {k.tasks.map((task) => {
                  const l = light(task.id);
                  return (
                    <Space key={task.id} size={4}>
                      <Link to={apiUrl(`/tasks/${task.id}`, { asOf: props.asOf })}>
                        {t('taskNo', { no: task.no })}
                      </Link>
                      {l && <LightTag light={l.light} reason={l.reason} />}
                    </Space>
                  );
                })}
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
