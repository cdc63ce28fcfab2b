/** 信息工作: information items and adoptions, unit rankings, and the year's assessment scheme. */
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { usePageYear, YearTabsPage } from '../../components/YearTabsPage';
import { ItemsTab } from './ItemsTab';
import { infoWorkNs } from './messages';
import { RankingsTab } from './RankingsTab';
import { SchemeTab } from './SchemeTab';

export default function InfoWorkPage() {
  const { t } = useTranslation(infoWorkNs);
  const { user } = useAuth();
  const [year, setYear] = usePageYear();
  const tabs = [
    { key: 'items', children: <ItemsTab year={year} /> },
    { key: 'rankings', children: <RankingsTab year={year} /> },
    ...(user?.role === 'admin' ? [{ key: 'scheme', children: <SchemeTab year={year} /> }] : []),
  ];
  return <YearTabsPage t={t} year={year} onYear={setYear} tabs={tabs} />;
}
