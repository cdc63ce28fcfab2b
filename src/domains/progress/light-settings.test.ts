import { afterEach, describe, expect, it } from 'vitest';
import { lightThresholds, setLightThresholds } from './light-settings.js';
import { defaultThresholds, statusLight } from './status-light.js';

describe('light thresholds from configuration', () => {
  afterEach(() => setLightThresholds(defaultThresholds));

  it('changes which pace gap counts as behind', () => {
    const input = {
      status: 'open',
      start: '2017-01-01',
      due: '2017-12-31',
      planYear: 2017,
      progress: 0.5,
      reportedThisMonth: true,
      today: '2017-09-30',
    };
    expect(statusLight(input, lightThresholds()).light).toBe('yellow');
    setLightThresholds({ behind: 0.3, farBehind: 0.6 });
    expect(statusLight(input, lightThresholds()).light).toBe('green');
  });

  it.each([
    [{ behind: 0, farBehind: 0.3 }],
    [{ behind: 0.4, farBehind: 0.3 }],
    [{ behind: 0.1, farBehind: 1.5 }],
  ])('refuses %o', (t) => {
    expect(() => setLightThresholds(t)).toThrow(/thresholds/);
  });
});
