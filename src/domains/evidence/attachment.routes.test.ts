import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_ENTRY } from './attachment-limits.js';

type Attachment = { id: number; name: string; size: number; type: string; sha256: string };
type ErrorJson = { error: { code: string; details: { field: string }[] } };

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n专家名单\n%%EOF\n');
const exe = new TextEncoder().encode('MZ\u0090\u0000This program cannot be run in DOS mode');

describe.each(engines)('attachment API on %s', (kind) => {
  let s: SampleApp;
  let indicatorId: number;
  const attachmentAudits = async () =>
    Number(
      (
        await s.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('entity', '=', 'attachment')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = (entryId: number, name: string, bytes: Uint8Array, who: Client = s.as.peng) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${s.t.baseUrl}/api/ledger/${entryId}/attachments`, {
      method: 'POST',
      headers: who.auth,
      body: form,
    });
  };
  const newEntry = async (subject: string) => {
    const res = await s.as.peng.send('POST', `/api/indicators/${indicatorId}/ledger`, {
      entryDate: '2017-09-12',
      subject,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const task = await s.task(2);
    indicatorId = (
      await s.db
        .selectFrom('indicators')
        .select('id')
        .where('task_id', '=', task)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => s.t.close());

  it('round-trips 彭国华’s upload: same bytes, Chinese name in filename*, checked type, nosniff', async () => {
    const entry = await newEntry('王教授');
    const before = await attachmentAudits();
    const res = await upload(entry, '专家名单（第一批）.pdf', pdf);
    expect(res.status).toBe(201);
    const created = (await res.json()) as Attachment;
    expect(created).toMatchObject({
      name: '专家名单（第一批）.pdf',
      size: pdf.length,
      type: 'application/pdf',
      uploadedBy: s.userIds.peng,
      at: '2017-09-30T04:00:00.000Z',
    });
    expect(created.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await attachmentAudits()).toBe(before + 1);

    const list = await s.as.liu.get(`/api/ledger/${entry}/attachments`);
    expect(await list.json()).toEqual({ items: [created], total: 1 });

    const download = await s.as.liu.get(`/api/attachments/${created.id}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('专家名单（第一批）.pdf');
  });

  it('strips path parts from the name and keeps Chinese', async () => {
    const entry = await newEntry('李研究员');
    const res = await upload(entry, '..\\..\\桌面\\说明.txt', new TextEncoder().encode('已对接'));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: '说明.txt', type: 'text/plain' });
  });

  it('refuses an .exe renamed to .pdf (422 naming file) and an .exe as such', async () => {
    const entry = await newEntry('赵工');
    const before = await attachmentAudits();
    for (const name of ['专家名单.pdf', 'setup.exe']) {
      const res = await upload(entry, name, exe);
      expect(res.status).toBe(422);
      expect((await errorOf(res)).details[0]?.field).toBe('file');
    }
    expect(await attachmentAudits()).toBe(before);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const entry = await newEntry('钱博士');
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1).fill(0x20);
    big.set(pdf);
    const res = await upload(entry, '扫描件.pdf', big);
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'too_large', details: [{ field: 'file' }] });
    const list = (await (await s.as.peng.get(`/api/ledger/${entry}/attachments`)).json()) as {
      total: number;
    };
    expect(list.total).toBe(0);
  });

  it(`takes ${ATTACHMENTS_PER_ENTRY} files on one entry and refuses the next (422)`, async () => {
    const entry = await newEntry('孙老师');
    for (let i = 1; i <= ATTACHMENTS_PER_ENTRY; i++) {
      expect((await upload(entry, `照片${i}.pdf`, pdf)).status).toBe(201);
    }
    const res = await upload(entry, '照片21.pdf', pdf);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).details[0]?.field).toBe('file');
  });

  it('refuses a non-owner (403), a body that is not multipart (400) and an unknown entry (404)', async () => {
    const entry = await newEntry('周专家');
    expect((await upload(entry, '名单.pdf', pdf, s.as.bai)).status).toBe(403);
    expect((await upload(entry, '名单.pdf', pdf, s.as.liu)).status).toBe(403);
    const json = await s.as.peng.send('POST', `/api/ledger/${entry}/attachments`, { file: 'x' });
    expect(json.status).toBe(400);
    expect((await errorOf(json)).details[0]?.field).toBe('file');
    expect((await upload(999_999, '名单.pdf', pdf)).status).toBe(404);
    expect((await s.as.admin.get('/api/attachments/999999')).status).toBe(404);
  });

  it('keeps a voided entry’s attachments readable and takes no new ones (409)', async () => {
    const entry = await newEntry('吴专家');
    const created = (await (await upload(entry, '签到表.pdf', pdf)).json()) as Attachment;
    const voided = await s.as.peng.send('POST', `/api/ledger/${entry}/void`, {
      reason: '重复录入',
    });
    expect(voided.status).toBe(200);
    const list = (await (await s.as.bai.get(`/api/ledger/${entry}/attachments`)).json()) as {
      items: Attachment[];
    };
    expect(list.items.map((a) => a.id)).toEqual([created.id]);
    const download = await s.as.bai.get(`/api/attachments/${created.id}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect((await upload(entry, '补充.pdf', pdf)).status).toBe(409);
  });
});
