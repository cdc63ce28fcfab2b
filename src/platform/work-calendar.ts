/**
 * Working days in mainland China: Monday to Friday, except the public holidays, plus the weekend
 * days worked in their place (调休). The dates are those of the State Council General Office's
 * yearly notices (国务院办公厅关于20XX年部分节假日安排的通知) for 2017–2026, with the later
 * changes it announced (劳动节 2019, 国办发明电〔2019〕3号; 春节 2020 extended to 2 February).
 * Outside those years only weekends are days off. Pure: dates are YYYY-MM-DD text.
 */

interface YearNotice {
  /** Days off, first and last day inclusive (a range may start in the year before). */
  holidays: [string, string][];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
}

const notices: Record<number, YearNotice> = {
  2017: {
    holidays: [
      ['2016-12-31', '2017-01-02'],
      ['2017-01-27', '2017-02-02'],
      ['2017-04-02', '2017-04-04'],
      ['2017-04-29', '2017-05-01'],
      ['2017-05-28', '2017-05-30'],
      ['2017-10-01', '2017-10-08'],
    ],
    workdays: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
  },
  2018: {
    holidays: [
      ['2017-12-30', '2018-01-01'],
      ['2018-02-15', '2018-02-21'],
      ['2018-04-05', '2018-04-07'],
      ['2018-04-29', '2018-05-01'],
      ['2018-06-16', '2018-06-18'],
      ['2018-09-22', '2018-09-24'],
      ['2018-10-01', '2018-10-07'],
    ],
    workdays: ['2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30'],
  },
  2019: {
    holidays: [
      ['2018-12-30', '2019-01-01'],
      ['2019-02-04', '2019-02-10'],
      ['2019-04-05', '2019-04-07'],
      ['2019-05-01', '2019-05-04'],
      ['2019-06-07', '2019-06-09'],
      ['2019-09-13', '2019-09-15'],
      ['2019-10-01', '2019-10-07'],
    ],
    workdays: [
      '2018-12-29',
      '2019-02-02',
      '2019-02-03',
      '2019-04-28',
      '2019-05-05',
      '2019-09-29',
      '2019-10-12',
    ],
  },
  2020: {
    holidays: [
      ['2020-01-01', '2020-01-01'],
      ['2020-01-24', '2020-02-02'],
      ['2020-04-04', '2020-04-06'],
      ['2020-05-01', '2020-05-05'],
      ['2020-06-25', '2020-06-27'],
      ['2020-10-01', '2020-10-08'],
    ],
    workdays: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  2021: {
    holidays: [
      ['2021-01-01', '2021-01-03'],
      ['2021-02-11', '2021-02-17'],
      ['2021-04-03', '2021-04-05'],
      ['2021-05-01', '2021-05-05'],
      ['2021-06-12', '2021-06-14'],
      ['2021-09-19', '2021-09-21'],
      ['2021-10-01', '2021-10-07'],
    ],
    workdays: [
      '2021-02-07',
      '2021-02-20',
      '2021-04-25',
      '2021-05-08',
      '2021-09-18',
      '2021-09-26',
      '2021-10-09',
    ],
  },
  2022: {
    holidays: [
      ['2022-01-01', '2022-01-03'],
      ['2022-01-31', '2022-02-06'],
      ['2022-04-03', '2022-04-05'],
      ['2022-04-30', '2022-05-04'],
      ['2022-06-03', '2022-06-05'],
      ['2022-09-10', '2022-09-12'],
      ['2022-10-01', '2022-10-07'],
    ],
    workdays: [
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
    ],
  },
  2023: {
    holidays: [
      ['2022-12-31', '2023-01-02'],
      ['2023-01-21', '2023-01-27'],
      ['2023-04-05', '2023-04-05'],
      ['2023-04-29', '2023-05-03'],
      ['2023-06-22', '2023-06-24'],
      ['2023-09-29', '2023-10-06'],
    ],
    workdays: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  2024: {
    holidays: [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-10', '2024-02-17'],
      ['2024-04-04', '2024-04-06'],
      ['2024-05-01', '2024-05-05'],
      ['2024-06-10', '2024-06-10'],
      ['2024-09-15', '2024-09-17'],
      ['2024-10-01', '2024-10-07'],
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  2025: {
    holidays: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

const dayMs = 86_400_000;
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function daysOf([from, to]: [string, string]): string[] {
  const days: string[] = [];
  for (let ms = toUtc(from); ms <= toUtc(to); ms += dayMs) days.push(fromUtc(ms));
  return days;
}

const holidays = new Set(Object.values(notices).flatMap((n) => n.holidays.flatMap(daysOf)));
const workdays = new Set(Object.values(notices).flatMap((n) => n.workdays));

/** Whether offices work on the day: a weekday that is no public holiday, or a 调休 weekend day. */
export function isWorkingDay(date: string): boolean {
  if (workdays.has(date)) return true;
  if (holidays.has(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The first working day strictly after the date. */
export function firstWorkingDayAfter(date: string): string {
  let ms = toUtc(date) + dayMs;
  while (!isWorkingDay(fromUtc(ms))) ms += dayMs;
  return fromUtc(ms);
}

/** The last day of a month (YYYY-MM). */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return fromUtc(Date.UTC(year ?? 1970, m ?? 1, 0));
}
