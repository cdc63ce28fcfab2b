/**
 * 统计日期 (as-of date): the day a view counts as of. It lives in the address (`?asOf=2017-12-31`)
 * so Back and reload keep it; absent, the server picks the plan's default (its last day once the
 * year is over, else today) and says which day it used in the response's `asOf`.
 * Form defaults (a ledger date, a report month) fall inside the plan's year the same way.
 */
import { DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from './address';
import { sharedNs } from './messages';

/** The picked as-of day (YYYY-MM-DD) or undefined for the server's default, and its setter. */
export function useAsOf(): [string | undefined, (day: string | undefined) => void] {
  const [params, editParams] = useAddressParams();
  const value = params.get('asOf') ?? undefined;
  const set = (day: string | undefined) =>
    editParams(
      (now) => {
        if (day) now.set('asOf', day);
        else now.delete('asOf');
      },
      { replace: true },
    );
  return [/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : undefined, set];
}

/** Shows the day the numbers count as of (`effective`, from the server) and lets the user pick one. */
export function AsOfPicker(props: {
  effective: string | undefined;
  onChange: (day: string | undefined) => void;
}) {
  const { t } = useTranslation(sharedNs);
  return (
    <Space size={4} data-testid="as-of">
      <Typography.Text type="secondary">{t('asOf')}</Typography.Text>
      <DatePicker
        aria-label={t('asOf')}
        value={props.effective ? dayjs(props.effective) : null}
        onChange={(d) => props.onChange(d ? d.format('YYYY-MM-DD') : undefined)}
        allowClear
      />
    </Space>
  );
}

/** Today when it falls inside the plan's year, else the nearest end of that year. */
export function defaultDayIn(year: number, today = dayjs()): dayjs.Dayjs {
  if (today.year() === year) return today.startOf('day');
  return today.year() > year ? dayjs(`${year}-12-31`) : dayjs(`${year}-01-01`);
}

/** Disables picker days (or months) outside the plan's year. */
export function outsideYear(year: number) {
  return (d: dayjs.Dayjs) => d.year() !== year;
}
