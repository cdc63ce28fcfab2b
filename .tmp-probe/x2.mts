import { readFileSync } from 'node:fs';
import { readXlsx } from '../src/domains/import/readers/xlsx.ts';
import { readNoticeFile } from '../src/domains/import/readers/index.ts';
const b = readFileSync('src/domains/import/fixtures/chuzhou-cast-2017-workplan.xlsx');
console.log(JSON.stringify((await readXlsx(new Uint8Array(b))).blocks));
const h = readFileSync('src/domains/import/fixtures/chuzhou-cast-2017-workplan.html');
const d = await readNoticeFile('a.html', new Uint8Array(h));
console.log(d.blocks.map(b => b.kind === 'paragraph' ? `${b.line}: ${b.text}` : `${b.line}: TABLE ${JSON.stringify(b.rows)}`).join('\n'));
