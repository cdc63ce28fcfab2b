/**
 * 待办: what waits for the acting user, by role, from GET /api/inbox. A leader accepts (with a 批示)
 * or returns reports, decides extension and completion requests and marks changed lights seen, all
 * in place; an owner sees returned reports, this month's missing reports and what falls due soon;
 * the office sees units missing reports, months to close and the bulletin to issue. The header's
 * badge reads the same inbox, so each decision lowers it at once.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/errors';
import { useInbox } from '../../app/inbox';
import { ChangedLights } from './ChangedLights';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { todoNs } from './messages';
import { OfficeSections } from './OfficeSections';
import { OwnerSections } from './OwnerSections';
import { ReviewSections } from './ReviewSections';
import './todo.css';

export default function TodoPage() {
  const { t } = useTranslation(todoNs);
  const inbox = useInbox();
  const user = useUser();
  const [decision, setDecision] = useState<Decision | null>(null);
  const data = inbox.data;
  const total = data?.counts.total ?? 0;

  return (
    <div className="todo-page">
      <Card className="todo-heading">
        <div className="page-heading">
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          {data && (
            <Typography.Text type="secondary" data-testid="todo-total">
              {t('total', { count: total })}
            </Typography.Text>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={inbox.reload}
            loading={inbox.loading}
            style={{ marginLeft: 'auto' }}
          >
            {t('refresh')}
          </Button>
        </div>
      </Card>
      {inbox.error != null && (
        <Alert type="error" showIcon title={errorText(inbox.error)} style={{ marginTop: 16 }} />
      )}
      {!data && inbox.loading && <Spin style={{ display: 'block', marginTop: 48 }} />}
      {data && total === 0 && (
        <Card style={{ marginTop: 16 }}>
          <Result status="success" title={t('nothing')} subTitle={t('nothingHint')} />
        </Card>
      )}
      {data && total > 0 && (
        <div className="todo-sections">
          {/* The office's own duties first; reviews and lights after. */}
          {user.role === 'admin' && <OfficeSections inbox={data} />}
          <ReviewSections inbox={data} decide={setDecision} />
          <ChangedLights inbox={data} />
          <OwnerSections inbox={data} />
          {user.role !== 'admin' && <OfficeSections inbox={data} />}
        </div>
      )}
      {decision && (
        <DecisionDialog
          decision={decision}
          onReload={inbox.reload}
          onClose={(decided) => {
            setDecision(null);
            if (decided) inbox.reload();
          }}
        />
      )}
    </div>
  );
}
