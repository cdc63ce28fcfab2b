import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

type Report = {
  id: number;
  state: string;
  done: string;
  problems: string;
  nextSteps: string;
  reviewComment: string | null;
  version: number;
};
type ErrorJson = { error: { code: string; message: string; details: { field: string }[] } };

const photo = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe.each(engines)('resubmitting, attachments and 批示 of progress reports on %s', (kind) => {
  let s: SampleApp;
  let report: Report;
  const json = async <T>(res: Response) => (await res.json()) as T;
  const error = async (res: Response) => (await json<ErrorJson>(res)).error;
  const patch = (body: unknown, who: Client = s.as.peng, headers = {}) =>
    who.send('PATCH', `/api/reports/${report.id}`, body, headers);
  const upload = async (id: number, name: string, bytes: Uint8Array, who: Client = s.as.peng) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${s.t.baseUrl}/api/reports/${id}/attachments`, {
      method: 'POST',
      headers: who.auth,
      body: form,
    });
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const res = await s.as.peng.send('POST', `/api/tasks/${await s.task(2)}/reports`, {
      month: '2017-09',
      done: '已组织32名专家赴企业开展创新助力活动。',
      problems: '部分企业需求不明确',
    });
    expect(res.status).toBe(201);
    report = await json<Report>(res);
  });
  afterAll(async () => s.t.close());

  it('round-trips a report attachment: upload, list, the same bytes downloaded', async () => {
    const res = await upload(report.id, '活动照片.png', photo);
    expect(res.status).toBe(201);
    const created = await json<{ id: number }>(res);
    expect(created).toMatchObject({
      progressReportId: report.id,
      ledgerEntryId: null,
      completionRequestId: null,
      name: '活动照片.png',
      type: 'image/png',
      size: photo.length,
    });
    const list = await s.as.liu.get(`/api/reports/${report.id}/attachments`);
    expect(await list.json()).toEqual({ items: [created], total: 1 });
    const download = await s.as.liu.get(`/api/attachments/${created.id}`);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(photo);
    expect((await upload(report.id, '名单.png', photo, s.as.bai)).status).toBe(403);
    const exe = await upload(report.id, '名单.png', new TextEncoder().encode('MZ\u0090'));
    expect([exe.status, (await error(exe)).details[0]?.field]).toEqual([422, 'file']);
    expect((await upload(999_999, '名单.png', photo)).status).toBe(404);
  });

  it('refuses editing a submitted report (409), and anyone but its owner (403)', async () => {
    const res = await patch({ done: '改写', version: 1 });
    expect([res.status, (await error(res)).message]).toEqual([
      409,
      '报告已报送，待审核，不能修改 / the report is submitted and waits for review',
    ]);
    expect((await patch({ done: '改写', version: 1 }, s.as.bai)).status).toBe(403);
  });

  it('takes a returned report edited and sent again: submitted, v3, the review cleared, problems kept', async () => {
    const returned = await s.as.liu.send('POST', `/api/reports/${report.id}/return`, {
      comment: '请补充企业名单',
      version: 1,
    });
    expect(returned.status).toBe(200);
    const empty = await patch({ done: ' ', version: 2 });
    expect([empty.status, (await error(empty)).details[0]?.field]).toEqual([400, 'body.done']);
    expect((await patch({ done: '改写', version: 1 })).status).toBe(409);
    const res = await patch(
      { done: '已组织32名专家赴12家企业开展创新助力活动，名单附后。', nextSteps: '10月回访' },
      s.as.peng,
      { 'if-match': '"v2"' },
    );
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v3"']);
    expect(await res.json()).toMatchObject({
      state: 'submitted',
      done: '已组织32名专家赴12家企业开展创新助力活动，名单附后。',
      problems: '部分企业需求不明确',
      nextSteps: '10月回访',
      reviewComment: null,
      submittedBy: s.userIds.peng,
    });
    const events = await s.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity', '=', 'progress_report')
      .where('entity_id', '=', report.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['submit', 'return', 'resubmit']);
  });

  it('stores the leader’s 批示 on accepting, shows it, and takes no more files', async () => {
    const res = await s.as.liu.send('POST', `/api/reports/${report.id}/accept`, {
      comment: '工作扎实，继续推进',
      version: 3,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      state: 'accepted',
      reviewComment: '工作扎实，继续推进',
    });
    const shown = await json<Report>(await s.as.peng.get(`/api/reports/${report.id}`));
    expect(shown.reviewComment).toBe('工作扎实，继续推进');
    expect((await upload(report.id, '补充.png', photo)).status).toBe(409);
    expect((await patch({ done: '改写', version: 4 })).status).toBe(409);
  });
});
