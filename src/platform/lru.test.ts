/** The bounded caches: least recently used first out, by count or by weight; second-hit admission. */
import { describe, expect, it } from 'vitest';
import { Lru, SecondHitLru } from './lru.js';

describe('Lru', () => {
  it('drops the least recently used key past its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
    expect(lru.size).toBe(2);
  });

  it('bounds the total weight, keeping at least the newest value', () => {
    const lru = new Lru<string, string>(10, (s) => s.length);
    lru.set('a', 'xxxx');
    lru.set('b', 'yyyy');
    expect(lru.size).toBe(8);
    lru.set('c', 'zzzz');
    expect(lru.get('a')).toBeUndefined();
    expect(lru.size).toBe(8);
    lru.set('big', 'w'.repeat(50));
    expect(lru.get('big')).toHaveLength(50);
    expect(lru.get('c')).toBeUndefined();
  });
});

describe('SecondHitLru', () => {
  const cache = () =>
    new SecondHitLru<string, string>({ capacity: 100, weigh: (s) => s.length, remembered: 3 });

  it('keeps a value only when its key is missed a second time', () => {
    const c = cache();
    expect(c.offer('list?a', 'one')).toBe(false);
    expect(c.get('list?a')).toBeUndefined();
    expect(c.size).toBe(0);
    expect(c.offer('list?a', 'two')).toBe(true);
    expect(c.get('list?a')).toBe('two');
    expect(c.size).toBe(3);
  });

  it('never keeps a stream of keys each asked for once', () => {
    const c = cache();
    for (let i = 0; i < 50; i++) expect(c.offer(`list?nonce=${i}`, 'x'.repeat(10))).toBe(false);
    expect(c.size).toBe(0);
  });

  it('forgets keys seen once past its memory, so they count as new again', () => {
    const c = cache();
    c.offer('a', 'x');
    for (const key of ['b', 'c', 'd']) c.offer(key, 'x');
    expect(c.offer('a', 'x')).toBe(false);
    expect(c.offer('d', 'x')).toBe(true);
  });
});
