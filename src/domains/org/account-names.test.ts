import { describe, expect, it } from 'vitest';
import { freeUsername, initialPassword, usernameStem } from './account-names.js';
import { usernamePattern } from './org.schema.js';

describe('usernameStem', () => {
  it('keeps a Chinese name as it is, spaces removed', () => {
    expect(usernameStem('彭国华', 1)).toBe('彭国华');
    expect(usernameStem('柳  军', 2)).toBe('柳军');
  });

  it('keeps the middle dot of a transcribed name', () => {
    expect(usernameStem('阿依古丽·买买提', 3)).toBe('阿依古丽·买买提');
  });

  it('drops what the rule cannot hold, and falls back to the person id', () => {
    expect(usernameStem('王（兼）', 4)).toBe('王兼');
    expect(usernameStem('㐀', 5)).toBe('p5');
    expect(usernameStem('李', 6)).toBe('p6');
  });
});

describe('freeUsername', () => {
  it('takes the stem when free, else the first free number from 2', () => {
    expect(freeUsername('彭国华', new Set())).toBe('彭国华');
    expect(freeUsername('彭国华', new Set(['彭国华']))).toBe('彭国华2');
    expect(freeUsername('彭国华', new Set(['彭国华', '彭国华2', '彭国华3']))).toBe('彭国华4');
  });
});

describe('initialPassword', () => {
  it('is ten characters without look-alikes, valid as a password and a username alike', () => {
    for (let i = 0; i < 50; i++) {
      const p = initialPassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{10}$/);
      expect(p).not.toMatch(/[0O1lI]/);
      expect(usernamePattern.test(p)).toBe(true);
    }
  });

  it('draws every character from the random source', () => {
    expect(initialPassword(() => 0)).toBe('aaaaaaaaaa');
  });
});
