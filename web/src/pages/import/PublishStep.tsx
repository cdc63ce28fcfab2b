/** Step 4: what will be published, then POST /api/plans/:id/publish under If-Match. */
import { Alert, App, Button, Card, Descriptions, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { DuplicateList } from './duplicates';
import { importNs } from './messages';
import type { DuplicatePlan, PlanDetail, Task } from './types';
import { isResolved } from './warnings';

interface Props {
  plan: PlanDetail;
  tasks: Task[];
  /** Plans this notice seems to repeat: publishing then asks once more. */
  duplicates: DuplicatePlan[];
  onChanged: () => void;
  onBack: () => void;
  onRestart: () => void;
}

export function PublishStep({ plan, tasks, duplicates, onChanged, onBack, onRestart }: Props) {
  const { t } = useTranslation(importNs);
  const { modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter(onChanged);
  const open = plan.warnings.filter((w) => !isResolved(w, plan.keyTasks, tasks)).length;

  const publish = async () => {
    setBusy(true);
    try {
      await apiFetch(`/api/plans/${plan.id}/publish`, { method: 'POST', ifMatch: plan.version });
      onChanged();
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };
  const confirmPublish = () => {
    if (duplicates.length === 0) {
      void publish();
      return;
    }
    modal.confirm({
      className: 'import-duplicate-confirm',
      width: 560,
      title: t('duplicates.confirmTitle'),
      content: (
        <>
          {t('duplicates.confirmContent')}
          <DuplicateList duplicates={duplicates} />
        </>
      ),
      okText: t('duplicates.confirm'),
      cancelText: t('duplicates.cancel'),
      okButtonProps: { danger: true },
      onOk: publish,
    });
  };

  if (plan.state !== 'draft')
    return (
      <Result
        status="success"
        title={t('publish.published')}
        subTitle={t('publish.publishedText', { title: plan.title })}
        extra={[
          <Link key="tasks" to={`/tasks?planId=${plan.id}`}>
            <Button type="primary">{t('publish.openTasks')}</Button>
          </Link>,
          <Button key="again" onClick={onRestart}>
            {t('publish.another')}
          </Button>,
        ]}
      />
    );

  const n = plan.notice;
  return (
    <Card title={t('publish.summary')} style={{ maxWidth: 960 }}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('review.planTitle')}>{plan.title}</Descriptions.Item>
          <Descriptions.Item label={t('review.year')}>{plan.year}</Descriptions.Item>
          <Descriptions.Item label={t('publish.docNumber')}>{n.docNumber}</Descriptions.Item>
          <Descriptions.Item label={t('publish.noticeTitle')}>{n.title}</Descriptions.Item>
          <Descriptions.Item label={t('publish.issueDate')}>{n.issueDate}</Descriptions.Item>
          <Descriptions.Item label={t('publish.recipients')}>
            {n.recipients.join('；')}
          </Descriptions.Item>
          <Descriptions.Item label={t('publish.copyTo')}>{n.copyTo.join('、')}</Descriptions.Item>
        </Descriptions>
        <Alert
          type="info"
          showIcon
          title={t('publish.counts', {
            sections: plan.sections.length,
            items: plan.items.length,
            keyTasks: plan.keyTasks.length,
            tasks: tasks.length,
          })}
        />
        {open > 0 && (
          <Alert type="warning" showIcon title={t('publish.openWarnings', { count: open })} />
        )}
        <Space>
          <Button onClick={onBack}>{t('publish.back')}</Button>
          <Button type="primary" loading={busy} onClick={confirmPublish}>
            {t('publish.publish')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
