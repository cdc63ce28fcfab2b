import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { draftFromFile } from '../draft-from-file.js';
import type { PlanDraft } from '../draft.js';
import { readNoticeFile } from './index.js';
import { ImportError } from './limits.js';
import { NO_TEXT_LAYER, readPdf } from './pdf.js';
import { BASE, fixture } from './test-support.js';

const corpus = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../corpus/${name}`, import.meta.url)));

/** A one-page PDF whose trailer names a standard security handler the empty password fails. */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function rectangleOnly(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc
    .addPage([300, 300])
    .drawRectangle({ x: 20, y: 20, width: 200, height: 100, color: rgb(0, 0, 0) });
  return doc.save();
}

async function error(promise: Promise<unknown>): Promise<ImportError> {
  const caught = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(caught).toBeInstanceOf(ImportError);
  return caught as ImportError;
}

function shape(draft: PlanDraft) {
  return {
    plan: draft.plan,
    sections: draft.sections.map((s) => [s.heading, s.items]),
    items: draft.items.map((i) => i.title),
    tasks: draft.tasks.map((t) => [
      t.content.replace(/\s/g, ''),
      t.owners,
      t.departments,
      t.coDepartments,
      t.deadline,
    ]),
  };
}

describe('readPdf', () => {
  it('rebuilds the worked example: paragraphs joined across wrapped lines, the task table with its rows', async () => {
    const { blocks } = await readPdf(fixture(`${BASE}.pdf`));
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('滁科协〔2017〕2号');
    expect(texts.some((t) => t.startsWith('⒗加强信息工作') && t.endsWith('信息员队伍。'))).toBe(
      true,
    );
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual([
      '序号',
      '重点工作内容',
      '责任人',
      '责任部室',
      '分管领导',
      '完成时间',
      '备注',
    ]);
    expect(table?.kind === 'table' && table.rows[10]).toEqual([
      '10',
      '制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍',
      '柏春艳',
      '办公室',
      '张家水',
      '全年',
      '',
    ]);
  }, 30_000);

  it('says plainly that a PDF without a text layer (a scan) cannot be read', async () => {
    const e = await error(readNoticeFile('扫描件.pdf', await rectangleOnly()));
    expect(e.message).toBe(NO_TEXT_LAYER);
    expect(e.message).toContain('扫描件');
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    const e = await error(readNoticeFile('通知.pdf', encryptedPdf()));
    expect(e.code).toBe('bad_file');
    expect(e.message).toContain('PDF 文件已加密');
  });

  it('refuses damaged and truncated PDFs as bad files', async () => {
    const bytes = fixture(`${BASE}.pdf`);
    const damaged = bytes.slice();
    damaged.fill(0x20, 200, bytes.length - 100);
    for (const broken of [
      bytes.slice(0, 600),
      damaged,
      new TextEncoder().encode('%PDF-1.7\nnot a pdf'),
    ]) {
      const outcome = await readNoticeFile('通知.pdf', broken).then(
        (doc) => doc.blocks.length,
        (e: unknown) => e,
      );
      if (typeof outcome !== 'number') expect(outcome).toBeInstanceOf(ImportError);
    }
    expect((await error(readNoticeFile('通知.pdf', new TextEncoder().encode('hello')))).code).toBe(
      'bad_file',
    );
  }, 30_000);

  it('is known by its %PDF- header whatever the name says', async () => {
    const doc = await readNoticeFile('下载文件.bin', fixture(`${BASE}.pdf`));
    expect(doc.blocks.length).toBeGreaterThan(20);
  }, 30_000);

  it.each([
    ['../fixtures/', BASE, 'html'],
    ['../corpus/', 'general-office-state-council-2013-elderly-care-opinions', 'txt'],
    ['../corpus/', 'anhui-province-cast-2019-yaodian', 'html'],
    ['../corpus/', 'xian-yunxi-cast-2021-workplan', 'html'],
  ])(
    '%s%s.pdf gives the same plan, sections, items and tasks as its .%s form',
    async (dir, slug, ext) => {
      const read = (name: string) =>
        new Uint8Array(readFileSync(new URL(`${dir}${name}`, import.meta.url)));
      const text = await draftFromFile({ name: `${slug}.${ext}`, bytes: read(`${slug}.${ext}`) });
      const pdf = await draftFromFile({ name: `${slug}.pdf`, bytes: read(`${slug}.pdf`) });
      expect(shape(pdf)).toEqual(shape(text));
    },
    30_000,
  );

  it('keeps the table rows of an HTML notice printed to PDF', async () => {
    const { blocks } = await readPdf(corpus('province-hunan-2019-ftz-replication.pdf'));
    expect(blocks.some((b) => b.kind === 'table' && b.rows.length >= 3)).toBe(true);
  }, 30_000);
});
