import { describe, expect, it } from 'vitest';
import { defaultLimits, LoginThrottle } from './login-throttle.js';

function throttleAt(start = 0, limits = defaultLimits) {
  let now = start;
  const throttle = new LoginThrottle(limits, () => now);
  return {
    throttle,
    advance: (ms: number) => {
      now += ms;
    },
    failTimes: (n: number, username = 'admin', address = '10.0.0.1') => {
      for (let i = 0; i < n; i++) throttle.fail(username, address);
    },
  };
}

describe('login throttle', () => {
  it('lets a pair fail five times freely, then waits 1 s, 2 s, 4 s … after each further failure', () => {
    const { throttle, advance, failTimes } = throttleAt();
    failTimes(4);
    expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      failTimes(1);
      const wait = throttle.retryAfter('admin', '10.0.0.1');
      waits.push(wait);
      advance(wait * 1000);
      expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(0);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits more than 15 minutes however many failures', () => {
    const { throttle, advance, failTimes } = throttleAt();
    for (let i = 0; i < 60; i++) {
      failTimes(1);
      advance(throttle.retryAfter('admin', '10.0.0.1') * 1000);
    }
    failTimes(1);
    expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(15 * 60);
  });

  it('never locks the same account from another address', () => {
    const { throttle, failTimes } = throttleAt();
    failTimes(20, 'admin', '203.0.113.9');
    expect(throttle.retryAfter('admin', '203.0.113.9')).toBeGreaterThan(0);
    expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(0);
    expect(throttle.retryAfter('other', '203.0.113.9')).toBe(0);
  });

  it('starts a pair afresh after a success', () => {
    const { throttle, advance, failTimes } = throttleAt();
    failTimes(5);
    advance(1000);
    throttle.succeed('admin', '10.0.0.1');
    failTimes(4);
    expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(0);
  });

  it('forgets a pair a day after its last failure', () => {
    const { throttle, advance, failTimes } = throttleAt();
    failTimes(8);
    advance(24 * 60 * 60_000);
    failTimes(4);
    expect(throttle.retryAfter('admin', '10.0.0.1')).toBe(0);
  });

  it('caps one address at 100 failures in 15 minutes across accounts, until the oldest ages out', () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 100; i++) {
      throttle.fail(`user${i}`, '10.0.0.1');
      advance(1000);
    }
    // The first failure was 100 s ago: the address waits until it is 15 minutes old.
    expect(throttle.retryAfter('someone', '10.0.0.1')).toBe(15 * 60 - 100);
    expect(throttle.retryAfter('someone', '10.0.0.2')).toBe(0);
    advance((15 * 60 - 100) * 1000);
    expect(throttle.retryAfter('someone', '10.0.0.1')).toBe(0);
  });
});
