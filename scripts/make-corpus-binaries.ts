/**
 * Makes the .pdf and Word 97 .doc forms of chosen import-corpus notices, so the PDF and .doc
 * readers are tested on files a real office suite wrote. Run it again after a source changes:
 *
 *   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk   # once, for this script only
 *   npx tsx scripts/make-corpus-binaries.ts [slug …]   # all sources, or only those named
 *
 * Each source (.html, or .txt with one paragraph a line) is rendered to HTML for LibreOffice
 * Writer, converted to .docx, and from that to .pdf and .doc, written beside the source. In the
 * rendered HTML, a text line with tabs becomes a table row (a row with only its first cell
 * becomes a row spanning the table) of a bordered table as wide as the text; cells are
 * top-aligned and a cell spanning rows is repeated in each row, as an office would lay such a
 * table out for print. The tests read the committed outputs and never need LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const importDir = fileURLToPath(new URL('../src/domains/import/', import.meta.url));

/** A task table in HTML, a tab-separated table, and three notices of other shapes. */
const SOURCES = [
  'fixtures/chuzhou-cast-2017-workplan.html',
  'corpus/province-hunan-2019-ftz-replication.html',
  'corpus/bengbu-city-gov-office-2020-task-breakdown.txt',
  'corpus/general-office-state-council-2013-elderly-care-opinions.txt',
  'corpus/anhui-province-cast-2019-yaodian.html',
  'corpus/xian-yunxi-cast-2021-workplan.html',
];

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text → HTML: a paragraph a line; runs of lines with tabs → one bordered table. */
export function textToHtml(text: string): string {
  const body: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) body.push(tableHtml(rows));
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) rows.push(line.split('\t').map((cell) => cell.trim()));
    else {
      flush();
      if (line.trim() !== '') body.push(`<p>${escape(line.trim())}</p>`);
    }
  }
  flush();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

function tableHtml(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const trs = rows.map((row) => {
    const filled = row.filter((cell) => cell !== '');
    if (filled.length === 1 && row[0] !== '' && width > 2)
      return `<tr><td colspan="${width}">${escape(row[0] ?? '')}</td></tr>`;
    const cells = [...row, ...Array<string>(width - row.length).fill('')];
    return `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`;
  });
  // As wide as the text, not as its longest lines: a wider table runs off the page.
  return `<table border="1" cellspacing="0" width="100%">\n${trs.join('\n')}\n</table>`;
}

/** Top-aligns cells and repeats a cell spanning rows in each of them. */
export function printableHtml(html: string): string {
  return html.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => expandRowspans(table));
}

function expandRowspans(table: string): string {
  const carried = new Map<number, { cell: string; left: number }>();
  return table.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (_, inner: string) => {
    const cells = [...inner.matchAll(/<(t[dh])\b([^>]*)>([\s\S]*?)<\/\1>/gi)];
    const out: string[] = [];
    let column = 0;
    const fill = () => {
      for (let carry = carried.get(column); carry; carry = carried.get(column)) {
        out.push(carry.cell);
        carry.left -= 1;
        if (carry.left <= 0) carried.delete(column);
        column += 1;
      }
    };
    for (const [, tag = 'td', attrs = '', content = ''] of cells) {
      fill();
      const span = Number(/rowspan\s*=\s*"?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const colspan = Number(/colspan\s*=\s*"?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const rest = attrs.replace(/\s*(rowspan|valign|style)\s*=\s*("[^"]*"|\S+)/gi, '');
      const cell = `<${tag}${rest} valign="top" style="vertical-align:top">${content}</${tag}>`;
      out.push(cell);
      if (span > 1) carried.set(column, { cell, left: span - 1 });
      column += colspan;
    }
    fill();
    return `<tr>${out.join('')}</tr>`;
  });
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args], { cwd, stdio: 'ignore' });
}

function main(only: string[]): void {
  const work = mkdtempSync(path.join(tmpdir(), 'corpus-binaries-'));
  try {
    for (const source of SOURCES) {
      const file = path.join(importDir, source);
      const slug = path.basename(source).replace(/\.(html|txt)$/, '');
      if (only.length > 0 && !only.includes(slug)) continue;
      const text = readFileSync(file, 'utf8');
      const html = printableHtml(source.endsWith('.txt') ? textToHtml(text) : text);
      writeFileSync(path.join(work, `${slug}.html`), html);
      soffice(['--convert-to', 'docx:MS Word 2007 XML', `${slug}.html`], work);
      soffice(['--convert-to', 'pdf:writer_pdf_Export', `${slug}.docx`], work);
      soffice(['--convert-to', 'doc:MS Word 97', `${slug}.docx`], work);
      for (const ext of ['pdf', 'doc']) {
        copyFileSync(
          path.join(work, `${slug}.${ext}`),
          path.join(path.dirname(file), `${slug}.${ext}`),
        );
      }
      console.log(`${source} → .pdf, .doc`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
