import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import {
  decodeCell,
  encodeCell,
  readRecords,
  recordLine,
  type BackupHeader,
  type BackupRecord,
} from './format.js';

const header: BackupHeader = {
  kind: 'header',
  format: 'duban-backup',
  version: 1,
  createdAt: '2017-09-30T04:00:00.000Z',
  engine: 'sqlite',
  migrations: ['0001-initial'],
};

async function* from(lines: string[]) {
  for (const line of lines) yield await Promise.resolve(line);
}

async function collect(lines: string[]): Promise<BackupRecord[]> {
  const out: BackupRecord[] = [];
  for await (const record of readRecords(from(lines))) out.push(record);
  return out;
}

async function problem(lines: string[]): Promise<string> {
  try {
    await collect(lines);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('expected the backup to be refused');
}

const table = (rows: number) =>
  JSON.stringify({ kind: 'table', name: 'units', columns: ['id', 'name', 'logo'], rows });
const end = (tables: number, rows: number) => JSON.stringify({ kind: 'end', tables, rows });

describe('backup format', () => {
  it('round-trips text, numbers, null and binary cells, binary as base64', () => {
    const bytes = Buffer.from([0, 1, 2, 0xff, 0x89, 0x50]);
    const row: BackupRecord = { kind: 'row', values: [1, '滁州市科协', null, 2.5, bytes] };
    const line = recordLine(row);
    expect(line).toBe(`[1,"滁州市科协",null,2.5,{"$base64":"AAEC/4lQ"}]`);
    const parsed = (JSON.parse(line) as Parameters<typeof decodeCell>[0][]).map(decodeCell);
    expect(parsed).toEqual([1, '滁州市科协', null, 2.5, bytes]);
    expect(encodeCell(new Uint8Array([7]))).toEqual({ $base64: 'Bw==' });
    expect(encodeCell(BigInt(42))).toBe(42);
  });

  it('reads a complete backup back to the records that were written', async () => {
    const records: BackupRecord[] = [
      header,
      { kind: 'table', name: 'units', columns: ['id', 'name', 'logo'], rows: 2 },
      { kind: 'row', values: [1, '办公室', null] },
      { kind: 'row', values: [2, '学会部', Buffer.from('png')] },
      { kind: 'end', tables: 1, rows: 2 },
    ];
    expect(await collect(records.map(recordLine))).toEqual(records);
  });

  it.each([
    ['an empty file', [], 'line 1: empty file'],
    ['another format', [JSON.stringify({ ...header, format: 'other' })], 'line 1: expected a'],
    ['a newer version', [JSON.stringify({ ...header, version: 2 })], 'line 1: expected a'],
    ['text that is not JSON', [JSON.stringify(header), '{"kind":"tab'], 'line 2: not JSON'],
    ['a missing end line', [JSON.stringify(header), table(1), '[1,"a",null]'], 'truncated'],
    [
      'missing rows',
      [JSON.stringify(header), table(2), '[1,"a",null]', end(1, 2)],
      '1 rows of units missing',
    ],
    [
      'a short row',
      [JSON.stringify(header), table(1), '[1,"a"]', end(1, 1)],
      '2 values for 3 columns',
    ],
    ['an extra row', [JSON.stringify(header), table(0), '[1,"a",null]'], 'a row outside any table'],
    [
      'wrong totals',
      [JSON.stringify(header), table(0), end(1, 5)],
      'end line counts 1/5, read 1/0',
    ],
    [
      'bad base64',
      [JSON.stringify(header), table(1), '[1,"a",{"$base64":"!!"}]', end(1, 1)],
      'expected column values',
    ],
    [
      'an object cell',
      [JSON.stringify(header), table(1), '[1,"a",{"x":1}]', end(1, 1)],
      'expected column values',
    ],
    [
      'a table name that is not an identifier',
      [
        JSON.stringify(header),
        JSON.stringify({ kind: 'table', name: 'a;drop', columns: ['id'], rows: 0 }),
      ],
      'expected a table line',
    ],
    [
      'data after the end',
      [JSON.stringify(header), end(0, 0), table(0)],
      'data after the end line',
    ],
  ])('refuses %s naming the line', async (_what, lines, message) => {
    expect(await problem(lines)).toContain(message);
  });
});
