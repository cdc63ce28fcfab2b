/** The checks that run before a JSON body is parsed: depth, NUL and UTF-8. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkJsonText, decodeUtf8, JSON_MAX_DEPTH } from './json-body.js';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkJsonText', () => {
  it('accepts nesting up to the limit, arrays and objects alike', () => {
    const deep = '{"a":'.repeat(JSON_MAX_DEPTH - 1) + '[1]' + '}'.repeat(JSON_MAX_DEPTH - 1);
    expect(() => checkJsonText(deep)).not.toThrow();
    expect(JSON.parse(deep)).toBeTypeOf('object');
  });

  it('refuses one level more, and a megabyte of [[[ at once', () => {
    const over = '['.repeat(JSON_MAX_DEPTH + 1) + ']'.repeat(JSON_MAX_DEPTH + 1);
    expect(refusal(() => checkJsonText(over)).message).toContain(`上限 ${JSON_MAX_DEPTH} 层`);
    expect(refusal(() => checkJsonText('['.repeat(1_000_000))).code).toBe('bad_request');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: '['.repeat(100) + '\\"' + '{'.repeat(100) });
    expect(() => checkJsonText(text)).not.toThrow();
  });

  it('refuses a NUL escape but not an escaped backslash before u0000', () => {
    expect(refusal(() => checkJsonText('{"name":"a\\u0000b"}')).message).toContain('空字符');
    expect(() => checkJsonText('{"name":"a\\\\u0000b"}')).not.toThrow();
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and refuses bytes that are not', () => {
    expect(decodeUtf8(new TextEncoder().encode('{"name":"彭国华"}'))).toBe('{"name":"彭国华"}');
    const bad = Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(refusal(() => decodeUtf8(bad)).message).toContain('UTF-8');
  });
});
