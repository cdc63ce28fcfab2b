import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(readFileSync('/work/main/src/domains/import/fixtures/chuzhou-cast-2017-workplan.xlsx'));
for (const ws of wb.worksheets) {
  console.log(ws.name, ws.rowCount, ws.columnCount, ws.actualRowCount);
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) { console.log(r, 'no row'); continue; }
    const out = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.findCell(c);
      out.push(cell ? `${JSON.stringify(cell.value)}${cell.isMerged ? '[M:'+cell.master.address+']' : ''}` : '-');
    }
    console.log(r, row.cellCount, out.join(' | '));
  }
}
