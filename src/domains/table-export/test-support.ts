/**
 * For the table-export tests: the worked example on 2017-09-30 with an outsider (a viewer of an
 * unrelated city's association), and readers for the downloaded workbook.
 */
import type ExcelJS from 'exceljs';
import type { DatabaseKind } from '../../platform/config.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';
import { readWorkbook } from '../documents/workbook-checks.js';

export type TableApp = ExampleApp & { outsider: Client };

export async function startTableApp(kind: DatabaseKind): Promise<TableApp> {
  const s = await startWorkedExampleApp(kind, { today: '2017-09-30', audited: ['task'] });
  const unit = await s.db
    .insertInto('units')
    .values({ name: '南京市科学技术协会', parent_id: null, kind: 'association' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await buildUser(s.db, { username: 'outsider', role: 'viewer', unitId: unit.id });
  return { ...s, outsider: await logInClient(s.t.baseUrl, 'outsider') };
}

/** The downloaded name from Content-Disposition's filename* (RFC 5987). */
export const fileNameOf = (res: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );

export async function sheetOf(bytes: ArrayBuffer | Buffer, name: string) {
  const workbook = await readWorkbook(bytes);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return { workbook, sheet };
}

/** Row values 1..width as plain values (exceljs rows are 1-based with a hole at 0). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, c) => sheet.getCell(row, c + 1).value);
}
