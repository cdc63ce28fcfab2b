import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromFile } from '../draft-from-file.js';
import { DOC_ENCRYPTED, readDoc } from './doc.js';
import { detectKind, readNoticeFile } from './index.js';
import { BASE, draftShape as shape, fixture, importError as error } from './test-support.js';

/** The WordDocument stream starts with the FIB magic 0xA5EC; its flags follow at 0x0A. */
function withFibFlags(bytes: Uint8Array, flags: number): Uint8Array {
  const out = bytes.slice();
  for (let at = 0; at + 512 <= out.length; at += 512) {
    if (out[at] === 0xec && out[at + 1] === 0xa5) {
      out[at + 0x0a] = (out[at + 0x0a] ?? 0) | (flags & 0xff);
      out[at + 0x0b] = (out[at + 0x0b] ?? 0) | (flags >> 8);
      return out;
    }
  }
  throw new Error('no FIB found');
}

describe('readDoc', () => {
  it('reads the worked example: paragraphs and the task table, a row per task', async () => {
    const { blocks } = await readDoc(fixture(`${BASE}.doc`));
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.length).toBe(11);
    expect(table?.kind === 'table' && table.rows[1]?.slice(0, 3)).toEqual([
      '1',
      '尽快草拟《滁州市科协系统深化改革方案》',
      '柏春艳',
    ]);
    expect(
      blocks.some((b) => b.kind === 'paragraph' && b.text.trim() === '滁科协〔2017〕2号'),
    ).toBe(true);
  });

  it('is chosen for OLE files named .doc or .wps, or holding a WordDocument stream', () => {
    const bytes = fixture(`${BASE}.doc`);
    expect(detectKind('通知.doc', bytes)).toBe('doc');
    expect(detectKind('通知.wps', bytes)).toBe('doc');
    expect(detectKind('通知', bytes)).toBe('doc');
  });

  it('refuses an encrypted .doc with a clear message', async () => {
    const e = await error(readNoticeFile('通知.doc', withFibFlags(fixture(`${BASE}.doc`), 0x0100)));
    expect(e.code).toBe('bad_file');
    expect(e.message).toBe(DOC_ENCRYPTED);
  });

  it('refuses damaged and truncated files as bad files', async () => {
    const bytes = fixture(`${BASE}.doc`);
    expect((await error(readNoticeFile('通知.doc', bytes.slice(0, 1000)))).code).toBe('bad_file');
    expect(
      (await error(readNoticeFile('通知.doc', new TextEncoder().encode('not a doc')))).code,
    ).toBe('bad_file');
  });

  it.each([
    ['../fixtures/', BASE, 'html'],
    ['../corpus/', 'province-hunan-2019-ftz-replication', 'html'],
    ['../corpus/', 'general-office-state-council-2013-elderly-care-opinions', 'txt'],
    ['../corpus/', 'anhui-province-cast-2019-yaodian', 'html'],
    ['../corpus/', 'xian-yunxi-cast-2021-workplan', 'html'],
  ])(
    '%s%s.doc gives the same plan, sections, items and tasks as its .%s form',
    async (dir, slug, ext) => {
      const read = (name: string) =>
        new Uint8Array(readFileSync(new URL(`${dir}${name}`, import.meta.url)));
      const text = await draftFromFile({ name: `${slug}.${ext}`, bytes: read(`${slug}.${ext}`) });
      const doc = await draftFromFile({ name: `${slug}.doc`, bytes: read(`${slug}.doc`) });
      expect(shape(doc)).toEqual(shape(text));
    },
  );
});
