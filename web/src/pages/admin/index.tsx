/** 系统管理: units, people, accounts with roles, API tokens, webhooks and the assessment scheme, in tabs (?tab=…). */
import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AccountsTab } from './AccountsTab';
import { AssessmentTab } from './AssessmentTab';
import { adminNs } from './messages';
import { PeopleTab } from './PeopleTab';
import { TokensTab } from './TokensTab';
import { UnitsTab } from './UnitsTab';
import { useDirectory } from './useDirectory';
import { WebhooksTab } from './WebhooksTab';

export default function AdminPage() {
  const { t } = useTranslation(adminNs);
  const [params, setParams] = useSearchParams();
  const dir = useDirectory();
  const tabs = [
    { key: 'accounts', children: <AccountsTab dir={dir} /> },
    { key: 'people', children: <PeopleTab dir={dir} /> },
    { key: 'units', children: <UnitsTab dir={dir} /> },
    { key: 'tokens', children: <TokensTab /> },
    { key: 'webhooks', children: <WebhooksTab /> },
    { key: 'assessment', children: <AssessmentTab dir={dir} /> },
  ];
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={params.get('tab') ?? 'accounts'}
        onChange={(tab) => setParams({ tab })}
        destroyOnHidden
        items={tabs.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
      />
    </Card>
  );
}
