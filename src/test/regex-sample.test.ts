import { describe, expect, it } from 'vitest';
import { seededRandom } from '../cli/seed/random.js';
import { sampleRegex } from './regex-sample.js';

describe('sampleRegex', () => {
  it.each([
    '^[\\x20-\\x7e]{1,200}$',
    '^[a-zA-Z0-9_.-]+$',
    '^\\d{4}-\\d{2}-\\d{2}$',
    '^\\d{4}-(0[1-9]|1[0-2])$',
    '^\\d{4}-\\d{2}-\\d{2}(T[\\d:.]+Z?)?$',
    '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
    '^(?:W/)?"v[0-9]+"$',
    '^[^\\s]+\\w*\\.?$',
  ])('generates strings that match %s', (pattern) => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) expect(sampleRegex(pattern, random)).toMatch(new RegExp(pattern));
  });
});
