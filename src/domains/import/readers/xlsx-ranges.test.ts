/**
 * Declarations that exceljs expands cell by cell while loading, however small the file.
 * Each malicious workbook is the generated fixture with one part edited; every one of them
 * crashed or stalled the process before the pre-check (xlsx-ranges.ts), and must now be
 * rejected before exceljs runs, so these tests stay fast and small.
 */
import { describe, expect, it } from 'vitest';
import { readNoticeFile } from './index.js';
import { ImportError, XLSX_MAX_MERGES, XLSX_MAX_RANGE_CELLS, XLSX_MAX_SHEETS } from './limits.js';
import { BASE, buildZip, fixture, rezip } from './test-support.js';
import { decodeAddress, definedNameCells, rangeBox } from './xlsx-ranges.js';
import { readXlsx } from './xlsx.js';

const XLSX = fixture(`${BASE}.xlsx`);
const SHEET = 'xl/worksheets/sheet2.xml';
const BOOK = 'xl/workbook.xml';
const TOO_LARGE = '表格范围过大';
const TOO_LARGE_EN = 'the sheet declares a range too large to read';

async function rejection(bytes: Uint8Array): Promise<ImportError | undefined> {
  try {
    await readXlsx(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  return undefined;
}

/** The fixture with the task sheet's XML edited. */
const sheetWith = (edit: (xml: string) => string): Uint8Array => rezip(XLSX, { [SHEET]: edit });

/** The fixture with the title merge B1:H1 replaced by `merge` (raw XML). */
const mergeWith = (merge: string): Uint8Array =>
  sheetWith((xml) => xml.replace('<mergeCell ref="B1:H1"/>', merge));

/** The fixture with extra merges (refs) after its own. */
const moreMerges = (refs: string[]): Uint8Array =>
  sheetWith((xml) =>
    xml.replace(
      '</mergeCells>',
      `${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`,
    ),
  );

/** Column letters for a 1-based column number. */
function letters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

describe('readXlsx rejects ranges that exceljs would expand cell by cell, before loading', () => {
  it.each(['B1:XFD1048576', 'B1:H1048576'])(
    'a merge of %s in the fixture (ran the heap out of memory, found by fuzzing)',
    async (ref) => {
      const error = await rejection(mergeWith(`<mergeCell ref="${ref}"/>`));
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({
        code: 'bad_file',
        message: `${TOO_LARGE}（合并单元格 ${ref}）/ ${TOO_LARGE_EN} (merged cells ${ref})`,
      });
    },
  );

  it('rejects the same file as an upload with a clear error', async () => {
    const upload = mergeWith('<mergeCell ref="B1:XFD1048576"/>');
    await expect(readNoticeFile('任务表.xlsx', upload)).rejects.toMatchObject({
      name: 'ImportError',
      code: 'bad_file',
    });
  });

  it.each([
    ['digits split by $, which exceljs joins', '<mergeCell ref="B1:XFD$1$0$4$8$5$7$6"/>'],
    ['a character reference', '<mergeCell ref="B1:&#88;FD1048576"/>'],
    ["single quotes, after an attribute holding '>'", `<mergeCell x=">" ref='B1:H1048576'/>`],
    ['a duplicate attribute', '<mergeCell ref="B1:H1" ref="B1:H1048576"/>'],
    ['a row number past any sheet', '<mergeCell ref="A99999999999"/>'],
  ])('a merge written with %s', async (_how, merge) => {
    const error = await rejection(mergeWith(merge));
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toContain(TOO_LARGE);
  });

  it('merges each within a table but together over the cell budget', async () => {
    // 100 × 100 blocks below the table, side by side in rows of ten.
    const side = 100;
    const count = Math.floor(XLSX_MAX_RANGE_CELLS / side ** 2) + 1;
    const refs = Array.from({ length: count }, (_, i) => {
      const top = 20 + Math.floor(i / 10) * side;
      const left = 1 + (i % 10) * side;
      return `${letters(left)}${top}:${letters(left + side - 1)}${top + side - 1}`;
    });
    const error = await rejection(moreMerges(refs));
    expect(error).toMatchObject({ code: 'bad_file' });
    expect(error?.message).toBe(
      `${TOO_LARGE}（合并单元格、数据有效性和名称合计超过 ${XLSX_MAX_RANGE_CELLS} 个单元格）/ ` +
        `${TOO_LARGE_EN} (merged cells, data validations and defined names cover more than ${XLSX_MAX_RANGE_CELLS} cells)`,
    );
  });

  it('more merges than exceljs can compare with each other in time', async () => {
    const refs = Array.from({ length: XLSX_MAX_MERGES }, (_, i) => `J${i + 1}:K${i + 1}`);
    const error = await rejection(moreMerges(refs));
    expect(error).toMatchObject({
      code: 'too_large',
      message: `合并单元格过多（上限 ${XLSX_MAX_MERGES} 处）/ too many merged ranges (limit ${XLSX_MAX_MERGES})`,
    });
  });

  it('a sheet dimension larger than a table', async () => {
    const error = await rejection(
      sheetWith((xml) =>
        xml.replace('<dimension ref="B1:H13"/>', '<dimension ref="A1:XFD1048576"/>'),
      ),
    );
    expect(error).toMatchObject({
      code: 'bad_file',
      message: `${TOO_LARGE}（工作表范围 A1:XFD1048576）/ ${TOO_LARGE_EN} (sheet dimension A1:XFD1048576)`,
    });
  });

  it.each([
    [
      'a column definition past the last column',
      '<cols><col min="1" max="2000000000"/></cols>',
      '列定义',
    ],
    ['a row numbered past the last row', '<sheetData><row r="4294967295"/>', '行号'],
  ])('%s', async (_name, insert, what) => {
    const bytes = sheetWith((xml) =>
      insert.startsWith('<cols>')
        ? xml.replace('<sheetData>', `${insert}<sheetData>`)
        : xml.replace('<sheetData>', insert),
    );
    const error = await rejection(bytes);
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toContain(`${TOO_LARGE}（${what}`);
  });

  it('a data validation over the whole sheet', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:A2 C1:XFD1048576">' +
      '<formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const error = await rejection(
      sheetWith((xml) => xml.replace('</mergeCells>', `</mergeCells>${validation}`)),
    );
    expect(error?.code).toBe('bad_file');
    expect(error?.message).toContain(TOO_LARGE);
  });

  it('a defined name over the whole sheet, but not a print area (exceljs does not expand it)', async () => {
    const named = (name: string): Uint8Array =>
      rezip(XLSX, {
        [BOOK]: (xml) =>
          xml.replace(
            '<calcPr',
            `<definedNames><definedName name="${name}" localSheetId="1">重点工作任务表!$A$1:$XFD$1048576</definedName></definedNames><calcPr`,
          ),
      });
    const error = await rejection(named('全表'));
    expect(error).toMatchObject({ code: 'bad_file' });
    expect(error?.message).toContain(TOO_LARGE);
    expect((await readXlsx(named('_xlnm.Print_Area'))).blocks).toHaveLength(2);
  });

  it('a DOCTYPE cannot hide the merge (its subset is skipped as saxes skips it)', async () => {
    // saxes ends a processing instruction inside the subset at the first '>' after '?'.
    const bytes = sheetWith((xml) =>
      xml
        .replace('?>', '?><!DOCTYPE worksheet [ <?pi?x> <!ENTITY e "]>"> ]>')
        .replace('<mergeCell ref="B1:H1"/>', '<mergeCell ref="B1:XFD1048576"/>'),
    );
    expect((await rejection(bytes))?.message).toContain(TOO_LARGE);
  });

  it('more worksheets than the limit', async () => {
    const sheets = Array.from({ length: XLSX_MAX_SHEETS + 1 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: '<worksheet><sheetData/></worksheet>',
    }));
    const error = await rejection(buildZip([{ name: BOOK, data: '<workbook/>' }, ...sheets]));
    expect(error).toMatchObject({
      code: 'too_large',
      message: `工作表过多（上限 ${XLSX_MAX_SHEETS} 个）/ too many worksheets (limit ${XLSX_MAX_SHEETS})`,
    });
  });

  it('a part that is not well-formed XML', async () => {
    const error = await rejection(sheetWith((xml) => xml.replace('<sheetData>', '<sheetData><')));
    expect(error).toMatchObject({
      code: 'bad_file',
      message: `不是有效的 Excel 文件：${SHEET} 不是有效的 XML / not a valid .xlsx file: ${SHEET} is not well-formed XML`,
    });
  });

  it('still reads the fixture with binary media and an SVG carrying a DTD subset added', async () => {
    const svg =
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ' +
      '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [ <!ENTITY ns "http://ns.adobe.com/"> ]>' +
      '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const bytes = rezip(XLSX, {}, [
      { name: 'xl/media/image1.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x3c, 0x00]) },
      { name: 'xl/media/image2.svg', data: svg },
    ]);
    const { blocks } = await readXlsx(bytes);
    expect(blocks[1]?.kind === 'table' ? blocks[1].rows : []).toHaveLength(11);
  });
});

describe('decoding addresses as exceljs does', () => {
  it.each<[string, { row: number; col: number } | undefined]>([
    ['A1', { row: 1, col: 1 }],
    ['$XFD$1048576', { row: 1_048_576, col: 16_384 }],
    ['A$1$0', { row: 10, col: 1 }],
    ['A1 2', { row: 1, col: 1 }],
    ['a1', { row: 1, col: NaN }],
    ['XFE1', undefined],
  ])('decodeAddress(%j)', (value, expected) => {
    expect(decodeAddress(value)).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof rangeBox>]>([
    ['B1:H1', { top: 1, left: 2, bottom: 1, right: 8 }],
    ['H3:B1', { top: 1, left: 2, bottom: 3, right: 8 }],
    ["'表 1'!A1:B2:C9", { top: 1, left: 1, bottom: 2, right: 2 }],
    ['A:XFD', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['1:5', { top: 1, left: 1, bottom: 5, right: 1 }],
    ['D7', { top: 7, left: 4, bottom: 7, right: 4 }],
  ])('rangeBox(%j)', (value, expected) => {
    expect(rangeBox(value)).toEqual(expected);
  });

  it.each<[string, number]>([
    ['Sheet1!$A$1:$B$2', 4],
    ["'a,b'!$A$1:$B$2,Sheet1!$C$3", 5],
    ['Sheet1!A1:B2', 0],
    ['Sheet1!$A:$B', 0],
    ['Sheet1!$A$1:$A$1048577', Infinity],
  ])('definedNameCells(%j)', (text, cells) => {
    expect(definedNameCells(text)).toBe(cells);
  });
});
