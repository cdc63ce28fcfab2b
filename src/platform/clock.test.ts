import { describe, expect, it } from 'vitest';
import { calendarDate } from './clock.js';

describe('calendarDate', () => {
  it('turns at midnight Beijing time, not at midnight UTC', () => {
    expect(calendarDate(new Date('2026-11-29T15:59:59.999Z'))).toBe('2026-11-29');
    expect(calendarDate(new Date('2026-11-29T16:00:00.000Z'))).toBe('2026-11-30');
    expect(calendarDate(new Date('2017-12-31T16:00:00.000Z'))).toBe('2018-01-01');
  });

  it('agrees with the Asia/Shanghai time zone database on instants since 1992', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2060, 0, 1);
    for (let i = 0; i < 5000; i++) {
      // Spread over the whole range, with odd offsets so hours near midnight come up too.
      const at = new Date(from + ((to - from) / 5000) * i + i * 3_599_000);
      expect(calendarDate(at)).toBe(zone.format(at));
    }
  });
});
