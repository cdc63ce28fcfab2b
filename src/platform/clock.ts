/**
 * The clock, injectable so tests can stand on 2017-09-30. Calendar dates are taken in China time:
 * an office's "today" turns at midnight in Beijing, not in UTC.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Asia/Shanghai. */
export function calendarDate(at: Date): string {
  return chinaDate.format(at);
}
