import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import type { PlanDraft } from '../import/draft.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url));

function form(name: string, bytes: Uint8Array): FormData {
  const body = new FormData();
  body.append('file', new Blob([bytes]), name);
  return body;
}

describe('POST /api/imports/preview', () => {
  let t: TestApp;
  let user: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await startTestApp('sqlite', async (s) => {
      await buildUser(s.store.db, { username: 'importer', role: 'admin' });
      await buildUser(s.store.db, { username: 'viewer', role: 'viewer' });
    });
    user = await logInClient(t.baseUrl, 'importer');
    viewer = await logInClient(t.baseUrl, 'viewer');
  });
  afterAll(async () => t.close());

  const post = (body: FormData | string, query = '') =>
    fetch(`${t.baseUrl}/api/imports/preview${query}`, { method: 'POST', headers: user.auth, body });

  it.each(['chuzhou-cast-2017-workplan.docx', 'chuzhou-cast-2017-workplan.txt'])(
    'returns the parsed draft of %s',
    async (name) => {
      const res = await post(form(name, fixture(name)));
      expect(res.status).toBe(200);
      const { draft } = (await res.json()) as { draft: PlanDraft };
      expect(draft.plan).toEqual({ title: '滁州市科协2017年工作要点', year: 2017 });
      expect(draft.tasks).toHaveLength(10);
      expect(draft.warnings.map((w) => w.about)).toEqual(['keyTask 8 vs tableRow 8']);
    },
  );

  it('returns the source lines that items and table rows point at', async () => {
    const res = await post(form('a.txt', fixture('chuzhou-cast-2017-workplan.txt')));
    const { draft, source } = (await res.json()) as {
      draft: PlanDraft;
      source: { line: number; text: string }[];
    };
    const at = (line: number) => source.find((l) => l.line === line)?.text ?? '';
    const item = draft.items[0];
    expect(item && at(item.line)).toContain('继续宣传贯彻科技三会精神');
    expect(source).toHaveLength(
      fixture('chuzhou-cast-2017-workplan.txt')
        .toString('utf8')
        .split(/\r\n|\r|\n/).length,
    );
  });

  it('numbers the blocks of a .docx and keeps table rows as tab-joined cells', async () => {
    const res = await post(form('a.docx', fixture('chuzhou-cast-2017-workplan.docx')));
    const { source } = (await res.json()) as { source: { line: number; text: string }[] };
    const row = source.find((l) => l.text.includes('科技社区党委'));
    expect(row?.text.split('\t').slice(0, 5)).toEqual([
      '8',
      '探索建立科技社区党委',
      '彭国华',
      '学会部',
      '柳  军',
    ]);
    expect(source.filter((l) => l.line === row?.line).length).toBeGreaterThan(10);
  });

  it('needs a login', async () => {
    const body = form('a.txt', fixture('chuzhou-cast-2017-workplan.txt'));
    expect((await fetch(`${t.baseUrl}/api/imports/preview`, { method: 'POST', body })).status).toBe(
      401,
    );
  });

  it('is refused to those who do not import (403)', async () => {
    const body = form('a.txt', fixture('chuzhou-cast-2017-workplan.txt'));
    const res = await fetch(`${t.baseUrl}/api/imports/preview`, {
      method: 'POST',
      headers: viewer.auth,
      body,
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('stores nothing', async () => {
    await post(form('a.txt', fixture('chuzhou-cast-2017-workplan.txt')));
    const plans = await t.testStore.store.db.selectFrom('plans').select('id').execute();
    expect(plans).toEqual([]);
  });

  it('answers 422 with a clear message for a broken .docx', async () => {
    const res = await post(
      form('broken.docx', new TextEncoder().encode('PK\u0003\u0004 not really a zip')),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unprocessable');
    expect(body.error.message).toMatch(/docx|Word/);
  });

  it('answers 400 for a file type it cannot read', async () => {
    const res = await post(form('notice.rtf', new TextEncoder().encode('{\\rtf1\\ansi 工作要点}')));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers 422 naming the PDF for a damaged one, and previews nothing', async () => {
    const res = await post(
      form('notice.pdf', new TextEncoder().encode('%PDF-1.7\n不是完整的文件')),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unprocessable');
    expect(body.error.message).toMatch(/PDF/);
  });

  it('answers 422 when the text has no numbered items and no table', async () => {
    const res = await post(
      form('note.txt', new TextEncoder().encode('2017年\n请各单位认真落实。\n')),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'unprocessable' } });
  });

  it('answers 413 for an upload over the 20 MB cap', async () => {
    const res = await post(form('huge.docx', new Uint8Array(21 * 1024 * 1024)));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
  });

  it('answers 400 naming the field when no file is sent', async () => {
    const res = await post('plain body');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', details: [{ field: 'file' }] },
    });
  });

  it('answers 400 naming the field for a bad year', async () => {
    const res = await post(form('a.txt', fixture('chuzhou-cast-2017-workplan.txt')), '?year=abc');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { details: [{ field: 'querystring.year' }] } });
  });
});
