import { describe, expect, it } from 'vitest';
import {
  assertSize,
  formatMb,
  ImportError,
  OFFICE_MAX_BYTES,
  TABLE_MAX_ROWS,
  TEXT_MAX_BYTES,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_UNCOMPRESSED_BYTES,
} from './limits.js';

describe('limits', () => {
  it('are the agreed caps', () => {
    expect(TEXT_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(OFFICE_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(ZIP_MAX_UNCOMPRESSED_BYTES).toBe(100 * 1024 * 1024);
    expect(ZIP_MAX_ENTRIES).toBe(2000);
    expect(TABLE_MAX_ROWS).toBe(10_000);
  });

  it('formats a limit in whole megabytes', () => {
    expect(formatMb(TEXT_MAX_BYTES)).toBe('5 MB');
  });
});

describe('ImportError', () => {
  it('carries a code, a message and an optional location', () => {
    const error = new ImportError('bad_encoding', '编码错误 / bad encoding', { line: 3 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportError');
    expect(error.code).toBe('bad_encoding');
    expect(error.where).toEqual({ line: 3 });
    expect(new ImportError('empty', 'x').where).toBeUndefined();
  });
});

describe('assertSize', () => {
  it('accepts a size at the limit', () => {
    expect(() => assertSize(TEXT_MAX_BYTES, TEXT_MAX_BYTES)).not.toThrow();
  });

  it('rejects one byte over with a Chinese-then-English message', () => {
    expect(() => assertSize(TEXT_MAX_BYTES + 1, TEXT_MAX_BYTES)).toThrow(
      expect.objectContaining({
        code: 'too_large',
        message: '文件过大（上限 5 MB）/ file too large (limit 5 MB)',
      }),
    );
  });
});
