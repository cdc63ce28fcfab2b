/**
 * The same notice imported twice, over the real app on both engines: once the worked example is
 * imported, its preview names the plan already holding it (by 文号, whatever its brackets, or by
 * title and year), and the plan list shows when each plan was created.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { sameDocNumber } from './find-duplicate-plans.js';

const notice = readFileSync(
  new URL('../import/fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
  'utf8',
);

function form(text: string): FormData {
  const body = new FormData();
  body.append('file', new Blob([Buffer.from(text, 'utf8')]), 'notice.txt');
  return body;
}

interface Duplicate {
  id: number;
  title: string;
  docNumber: string | null;
  year: number;
  state: string;
  createdAt: string;
}

describe('sameDocNumber', () => {
  it('reads the usual spellings of one 文号 alike', () => {
    const one = sameDocNumber('滁科协〔2017〕2号');
    for (const other of [
      '滁科协[2017]2号',
      '滁科协［2017］2号',
      '滁科协（2017）2号',
      ' 滁科协 〔2017〕 2号',
    ])
      expect(sameDocNumber(other)).toBe(one);
    expect(sameDocNumber('滁科协〔2017〕3号')).not.toBe(one);
  });
});

describe.each(engines)('duplicate import on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  const preview = async (text: string) => {
    const res = await fetch(`${t.baseUrl}/api/imports/preview`, {
      method: 'POST',
      headers: admin.auth,
      body: form(text),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { duplicates: Duplicate[] }).duplicates;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, (s) =>
      buildUser(s.store.db, { username: 'office', role: 'admin' }),
    );
    admin = await logInClient(t.baseUrl, 'office');
  });
  afterAll(async () => t.close());

  it('finds no duplicate before the notice is imported', async () => {
    expect(await preview(notice)).toEqual([]);
  });

  it('names the plan already imported from the same notice, and still imports again', async () => {
    const imported = await fetch(`${t.baseUrl}/api/plans/import`, {
      method: 'POST',
      headers: admin.auth,
      body: form(notice),
    });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: number };
    const duplicates = await preview(notice);
    expect(duplicates).toEqual([
      {
        id,
        title: '滁州市科协2017年工作要点',
        docNumber: '滁科协〔2017〕2号',
        year: 2017,
        state: 'draft',
        createdAt: expect.any(String) as string,
      },
    ]);
    const list = (await (await admin.get('/api/plans')).json()) as {
      items: { id: number; createdAt: string }[];
    };
    expect(list.items.find((p) => p.id === id)?.createdAt).toBe(duplicates[0]?.createdAt);
  });

  it('finds it by the 文号 written with other brackets, and by title and year alone', async () => {
    const bracketed = notice
      .replace('滁科协〔2017〕2号', '滁科协[2017]2号')
      .replace('滁州市科协2017年工作要点', '滁州市科协2017年工作要点（修订）');
    expect(await preview(bracketed)).toHaveLength(1);
    expect(await preview(notice.replace('滁科协〔2017〕2号', ''))).toHaveLength(1);
  });

  it('stores a second import of the same notice with a warning naming the first plan', async () => {
    const again = await fetch(`${t.baseUrl}/api/plans/import`, {
      method: 'POST',
      headers: admin.auth,
      body: form(notice),
    });
    expect(again.status).toBe(201);
    const { id, warnings } = (await again.json()) as {
      id: number;
      warnings: { about: string; whyZh: string }[];
    };
    const [first] = await preview(notice);
    const notices = warnings.filter((w) => w.about === 'notice');
    expect(notices.map((w) => w.whyZh)).toEqual([
      `文号 滁科协〔2017〕2号已导入为计划 ${first?.id}《滁州市科协2017年工作要点》（草稿），可能重复导入`,
    ]);
    expect(first?.id).not.toBe(id);
  });
});
