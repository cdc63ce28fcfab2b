/** Sections → items, each item tagged with the key tasks drawn from it (links jump to them). */
import { Card, Collapse, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { planNs } from './messages';
import type { KeyTask, PlanDetail, PlanItem } from './types';

function ItemRow({ item, keyTasks }: { item: PlanItem; keyTasks: KeyTask[] }) {
  const { t } = useTranslation(planNs);
  const linked = keyTasks.filter((k) => k.items.some((i) => i.no === item.no));
  return (
    <div id={`item-${item.no}`} className="plan-item">
      <Typography.Text strong>
        {item.no}. {item.title}
      </Typography.Text>
      {linked.map((k) => (
        <a key={k.id} href={`#key-task-${k.no}`} style={{ marginInlineStart: 8 }}>
          <Tag color="volcano">{t('keyTaskNo', { no: k.no })}</Tag>
        </a>
      ))}
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {item.body}
      </Typography.Paragraph>
    </div>
  );
}

export function Outline({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation(planNs);
  const byNo = new Map(plan.items.map((i) => [i.no, i]));
  return (
    <Card title={t('sections')} size="small">
      <Collapse
        defaultActiveKey={plan.sections.map((s) => s.id)}
        data-testid="sections"
        items={plan.sections.map((s) => ({
          key: s.id,
          label: `${t('sectionNo', { no: s.no })}${s.heading}`,
          children: (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {s.items.flatMap((no) => {
                const item = byNo.get(no);
                return item ? [<ItemRow key={no} item={item} keyTasks={plan.keyTasks} />] : [];
              })}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}
