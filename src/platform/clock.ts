/**
 * The clock, injectable so tests can stand on 2017-09-30. Calendar dates are taken in China time:
 * an office's "today" turns at midnight in Beijing, not in UTC.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Asia/Shanghai is UTC+8 all year: China has kept no daylight saving time since 1991. */
const chinaOffsetMs = 8 * 3_600_000;

/**
 * YYYY-MM-DD in Asia/Shanghai. Plain arithmetic rather than Intl.DateTimeFormat, which costs
 * microseconds a call and is called for every report when lights are computed.
 */
export function calendarDate(at: Date): string {
  return new Date(at.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}
