/**
 * The ten-task September 2017 key-work bulletin of the worked example rendered to pages, where
 * LibreOffice and poppler-utils are installed: its .docx converted to PDF (soffice), the words of
 * each page and where they sit read back (pdftotext -bbox). A 通报 of ten tasks fits in four pages,
 * no page but the last stops short of the foot of the type area, the 版头 opens the first page and
 * the 版记 closes the last at the foot of the type area.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { OFFICIAL_LAYOUT } from '../documents/official-document.js';
import { bulletinDocx } from './bulletin-docx.js';
import { exampleFrame, exampleKeyWorkSnapshot } from './example-bulletin.js';
import { keyWorkContent } from './key-work-content.js';

/** The program's path on PATH, or null. */
function installed(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, name);
    if (dir !== '' && existsSync(path)) return path;
  }
  return null;
}

const soffice = installed('soffice') ?? installed('libreoffice');
const canRender =
  soffice !== null && installed('pdfinfo') !== null && installed('pdftotext') !== null;

const ptPerMm = 72 / 25.4;
const typeTop = OFFICIAL_LAYOUT.marginMm.top * ptPerMm;
const typeBottom = (OFFICIAL_LAYOUT.pageMm.height - OFFICIAL_LAYOUT.marginMm.bottom) * ptPerMm;
/** A page (not the last) whose text ends above this share of the type area is mostly blank. */
const fullEnough = 0.6;

interface Page {
  /** The page's words joined without spaces. */
  text: string;
  /** How far down the type area the lowest word inside it reaches, 0..1. */
  filled: number;
}

function run(program: string, args: string[]): string {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${program}: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** The PDF's pages from `pdftotext -bbox`: the words inside the type area (not page numbers). */
function pagesOf(pdf: string): Page[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) => {
    const words = [
      ...(page[1] ?? '').matchAll(
        /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ]
      .map((m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: m[3] ?? '' }))
      .filter((w) => w.yMin < typeBottom);
    const lowest = Math.max(typeTop, ...words.map((w) => Math.min(w.yMax, typeBottom)));
    return {
      text: words.map((w) => w.text).join(''),
      filled: (lowest - typeTop) / (typeBottom - typeTop),
    };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'duban-bulletin-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.skipIf(!canRender)(
  'renders the ten-task September bulletin in at most four pages, none but the last mostly blank, 版头 first and 版记 last (needs LibreOffice and poppler-utils)',
  async () => {
    const snapshot = await exampleKeyWorkSnapshot();
    expect(snapshot.keyTasks).toHaveLength(10);
    const docx = join(dir, 'bulletin.docx');
    writeFileSync(docx, await bulletinDocx(keyWorkContent(snapshot, exampleFrame)));
    run(soffice ?? 'soffice', [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ]);
    const pdf = join(dir, 'bulletin.pdf');
    const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(count);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
    const short = pages
      .slice(0, -1)
      .map((page, i) => ({ page: i + 1, filled: Math.round(page.filled * 100) / 100 }))
      .filter((page) => page.filled < fullEnough);
    expect(short).toEqual([]);
    const first = pages[0]?.text ?? '';
    expect(first).toContain(exampleFrame.masthead);
    expect(first).toContain('第1期');
    expect(first).toContain(`${exampleFrame.issuingOffice}2017年10月9日`);
    const last = pages.at(-1)?.text ?? '';
    expect(last).toContain(`抄送：${exampleFrame.copyTo.join('，')}。`);
    expect(last).toContain(`${exampleFrame.printedBy}2017年10月9日印发`);
    // The 版记 sits at the foot of the last page: its 印发 line ends on the type area's last line.
    expect(pages.at(-1)?.filled).toBeGreaterThan(0.97);
  },
  180_000,
);

it.skipIf(canRender)(
  'cannot render the bulletin to pages here: LibreOffice (soffice) or poppler-utils (pdfinfo, pdftotext) is not installed',
  () => {},
);
