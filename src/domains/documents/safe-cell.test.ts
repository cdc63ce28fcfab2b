import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, setSafeCell, TEXT_FORMAT } from './safe-cell.js';
import { formulaCells, readWorkbook } from './workbook-checks.js';

const risky = [
  '=SUM(A1:A9)',
  '+1+2',
  '-2+3',
  '@cmd',
  '\t=1+1',
  '\r=1+1',
  '＝１＋１',
  '＋86',
  '－5',
  '＠SUM(1)',
  '=HYPERLINK("http://x","点我")',
];
const plain = ['加强调查研究', '5月底', '1-2月', "'=already quoted", ''];

async function roundTrip(values: (string | number | null)[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表');
  values.forEach((value, i) => setSafeCell(sheet.getCell(i + 1, 1), value));
  return readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('isFormulaLike', () => {
  it.each(risky)('treats %j as a formula start', (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });
  it.each(plain)('leaves %j alone', (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});

describe('setSafeCell', () => {
  it('writes formula-like text as the same visible text, typed Text, never a formula', async () => {
    const workbook = await roundTrip(risky);
    const sheet = workbook.getWorksheet('表');
    risky.forEach((text, i) => {
      const cell = sheet?.getCell(i + 1, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // XML reads a bare CR back as LF (line-end normalisation), in exceljs as in Excel.
      expect(cell?.value).toBe(text.replace(/\r/g, '\n'));
      expect(cell?.numFmt).toBe(TEXT_FORMAT);
    });
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('keeps numbers numeric, ordinary text unformatted and empty values empty', async () => {
    const workbook = await roundTrip([42, '5月底', null, Number.NaN, '']);
    const sheet = workbook.getWorksheet('表');
    expect(sheet?.getCell('A1').value).toBe(42);
    expect(sheet?.getCell('A2').value).toBe('5月底');
    expect(sheet?.getCell('A2').numFmt).toBeUndefined();
    expect(sheet?.getCell('A3').value).toBeNull();
    expect(sheet?.getCell('A4').value).toBe('NaN');
    expect(sheet?.getCell('A5').value).toBe('');
  });
});
