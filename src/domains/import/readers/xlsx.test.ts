import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OFFICE_MAX_BYTES } from './limits.js';
import { BASE, buildZip, expectedTaskTable, fixture, importError } from './test-support.js';
import { findHeader, readXlsx, valueText } from './xlsx.js';

const CANONICAL_COLUMNS = [
  '序号',
  '重点工作内容',
  '责任人',
  '责任部室',
  '分管领导',
  '完成时间',
  '备注',
];
const KEYS = ['no', 'content', 'owner', 'department', 'leader', 'deadline', 'notes'] as const;

async function workbookBytes(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Sheet1'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsx on the generated Excel fixture', () => {
  const read = readXlsx(fixture(`${BASE}.xlsx`));

  it('emits the merged title row above the header as a paragraph', async () => {
    expect((await read).blocks[0]).toEqual({
      kind: 'paragraph',
      text: '2017年滁州市科协重点工作任务表',
      line: 1,
    });
  });

  it('emits one table: canonical header, then the 10 data rows in canonical column order', async () => {
    const { blocks } = await read;
    expect(blocks).toHaveLength(2);
    const table = blocks[1];
    expect(table?.kind).toBe('table');
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows[0]).toEqual([...CANONICAL_COLUMNS]);
    expect(rows).toHaveLength(11);
    // Same cells as the .txt: numbers as strings, rich text joined, merged owners repeated.
    expect(rows).toEqual(expectedTaskTable());
    expect(table?.line).toBe(3);
  });

  it('fills vertically merged 责任人 and 分管领导 cells into every covered row', async () => {
    const { blocks } = await read;
    const rows = blocks[1]?.kind === 'table' ? blocks[1].rows : [];
    expect(rows.slice(2, 5).map((r) => [r[2], r[4]])).toEqual([
      ['彭国华', '柳  军'],
      ['彭国华', '柳  军'],
      ['彭国华', '柳  军'],
    ]);
  });
});

describe('findHeader', () => {
  it.each<[string, string[][], ReturnType<typeof findHeader>]>([
    [
      'canonical names in order',
      [['序号', '重点工作内容', '责任人', '责任部室', '分管领导', '完成时间', '备注']],
      {
        row: 0,
        columns: KEYS.map((key, index) => ({ key, name: CANONICAL_COLUMNS[index]!, index })),
      },
    ],
    [
      'synonyms in another order, offset and below a title',
      [
        ['', '任务表', '任务表'],
        [],
        ['', '完成 时限', '工作任务', '牵头单位', '责任领导', '序　号'],
      ],
      {
        row: 2,
        columns: [
          { key: 'no', name: '序号', index: 5 },
          { key: 'content', name: '重点工作内容', index: 2 },
          { key: 'department', name: '责任部室', index: 3 },
          { key: 'leader', name: '分管领导', index: 4 },
          { key: 'deadline', name: '完成时间', index: 1 },
        ],
      },
    ],
    [
      'the first of two matching columns',
      [['任务内容', '责任单位', '责任部门']],
      {
        row: 0,
        columns: [
          { key: 'content', name: '重点工作内容', index: 0 },
          { key: 'department', name: '责任部室', index: 1 },
        ],
      },
    ],
    ['a title that only reads 重点工作', [['重点工作'], ['其他']], undefined],
    ['known columns but no task column', [['序号', '责任人', '完成时间']], undefined],
    ['nothing', [], undefined],
  ])('%s', (_name, rows, expected) => {
    expect(findHeader(rows)).toEqual(expected);
  });

  it('searches only the first 20 rows', () => {
    const header = ['序号', '工作内容'];
    expect(findHeader([...Array.from({ length: 19 }, () => []), header])?.row).toBe(19);
    expect(findHeader([...Array.from({ length: 20 }, () => []), header])).toBeUndefined();
  });
});

describe('valueText', () => {
  it.each<[string, ExcelJS.CellValue, string]>([
    ['null', null, ''],
    ['string', '柳  军', '柳  军'],
    ['integer', 10, '10'],
    ['decimal', 0.5, '0.5'],
    ['boolean', true, 'true'],
    ['date', new Date('2017-06-30T00:00:00Z'), '2017-06-30'],
    ['date and time', new Date('2017-06-30T09:30:00Z'), '2017-06-30 09:30'],
    [
      'rich text',
      { richText: [{ text: '探索' }, { text: '开展', font: { bold: true } }] },
      '探索开展',
    ],
    ['hyperlink', { text: '通知', hyperlink: 'http://example.gov.cn' }, '通知'],
    ['formula', { formula: 'A1+1', result: 3 }, '3'],
    ['formula without result', { formula: 'A1+1' }, ''],
    ['error', { error: '#N/A' }, '#N/A'],
  ])('%s', (_name, value, expected) => {
    expect(valueText(value)).toBe(expected);
  });
});

describe('readXlsx', () => {
  it('drops fully empty rows and keeps values of every kind as text', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['序号', '重点工作', '完成时间节点', '其他']);
      sheet.addRow([1, '任务一', new Date('2017-12-31T00:00:00Z'), '']);
      sheet.addRow([]);
      sheet.addRow([null, null, null, '只有非表头列']);
      sheet.addRow([2, { formula: '"任务"&"二"', result: '任务二' }, '全年']);
    });
    const { blocks } = await readXlsx(bytes);
    expect(blocks).toEqual([
      {
        kind: 'table',
        line: 1,
        rows: [
          ['序号', '重点工作内容', '完成时间'],
          ['1', '任务一', '2017-12-31'],
          ['2', '任务二', '全年'],
        ],
      },
    ]);
  });

  it('rejects a workbook without a task table, naming the columns it looked for', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['姓名', '电话']);
    });
    const error = await importError(readXlsx(bytes));
    expect(error.code).toBe('no_table');
    for (const name of ['重点工作内容', '工作任务', '责任人', '完成时间'])
      expect(error.message).toContain(name);
  });

  it('rejects a file that is not a zip, a zip bomb and an oversized file before exceljs runs', async () => {
    expect((await importError(readXlsx(new TextEncoder().encode('a,b,c')))).message).toBe(
      '不是有效的 Excel 文件 / not a valid .xlsx file',
    );
    const bomb = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 2_000_000_000 },
    ]);
    expect((await importError(readXlsx(bomb))).code).toBe('too_large');
    expect((await importError(readXlsx(new Uint8Array(OFFICE_MAX_BYTES + 1)))).code).toBe(
      'too_large',
    );
  });

  it('rejects a zip exceljs cannot read as bad_file', async () => {
    const broken = buildZip([{ name: 'xl/workbook.xml', data: '<not-xml' }]);
    expect((await importError(readXlsx(broken))).code).toBe('bad_file');
  });
});
