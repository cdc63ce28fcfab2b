/** The month filter of the information-work lists: one month of the year, or the whole year. */
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { infoWorkNs } from './messages';

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** The chosen month (null: the whole year) and the API query it stands for. */
export function useMonthFilter(year: number) {
  const [month, setMonth] = useState<number | null>(null);
  const query = month ? { month: `${year}-${String(month).padStart(2, '0')}` } : { year };
  return { month, setMonth, query };
}

interface Props {
  month: number | null;
  onChange: (month: number | null) => void;
}

export function MonthSelect({ month, onChange }: Props) {
  const { t } = useTranslation(infoWorkNs);
  return (
    <Select
      aria-label={t('month')}
      style={{ width: 120 }}
      value={month ?? 0}
      onChange={(m: number) => onChange(m || null)}
      options={[
        { value: 0, label: t('allMonths') },
        ...months.map((m) => ({ value: m, label: `${m}月` })),
      ]}
    />
  );
}
