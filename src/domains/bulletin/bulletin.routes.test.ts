import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';
import { formulaCells, readWorkbook } from '../documents/workbook-checks.js';
import { seedSeptember } from './example-data.js';
import { docxParts, paragraphs, tableRows, withoutDrawingIds } from './test-support.js';

interface Summary {
  id: number;
  planId: number;
  month: string;
  kind: string;
  version: number;
  state: 'draft' | 'issued';
  issueNo: number;
  correction: boolean;
  issueDate: string | null;
  defaultIssueDate: string;
  masthead: string;
  createdBy: number | null;
  issuedBy: number | null;
  issuedAt: string | null;
}

interface ErrorJson {
  error: { code: string; details: { field?: string; message: string }[] };
}

/** The signature's date: the last paragraph that is a date alone. */
const signedOn = (text: string[]) =>
  text.filter((p) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(p)).at(-1);
const fileNameOf = (res: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );

const keyTasks = [
  '尽快草拟《滁州市科协系统深化改革方案》',
  '组织100名专家开展创新助力活动',
  '组织院士与企业对接活动不少于2次',
  '=SUM(A1)开展海智对接活动1次',
  '探索开展“科技馆进校园”活动',
  '新建1—2个社区科普馆',
  '开展好扶贫村的扶贫工作',
  '探索建立科技社区党委',
  '修改完善科协干部联系基层及调研制度',
  '制订《滁州市科协系统信息工作考核方案》，组建全市科协系统信息员队伍',
];

describe.each(engines)('bulletins on %s', (kind) => {
  let x: ExampleApp;
  let planId: number;
  let first: Summary;

  const generate = async (body: unknown, who: 'admin' | 'liu' | 'peng' = 'admin') =>
    x.as[who].send('POST', `/api/plans/${planId}/bulletins`, body);
  const download = (id: number, format: string) =>
    x.as.bai.get(`/api/bulletins/${id}/document?format=${format}`);
  const issue = (id: number, body: unknown, who: 'admin' | 'liu' | 'peng' = 'admin') =>
    x.as[who].send('POST', `/api/bulletins/${id}/issue`, body);
  const list = async () =>
    ((await (await x.as.bai.get(`/api/plans/${planId}/bulletins`)).json()) as { items: Summary[] })
      .items;
  const lastAudit = () =>
    x.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'after'])
      .where('entity', '=', 'bulletins')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  beforeAll(async () => {
    x = await startWorkedExampleApp(kind, { today: '2017-10-08', audited: ['bulletins'] });
    await seedSeptember(x.db);
    planId = (await x.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const res = await generate({ month: '2017-09', kind: 'key-work' });
    expect(res.status).toBe(201);
    first = (await res.json()) as Summary;
  });
  afterAll(async () => x.t.close());

  it('generates the month’s draft, records who did it, audits it and keeps one on regenerating', async () => {
    expect(first).toMatchObject({
      planId,
      month: '2017-09',
      kind: 'key-work',
      version: 1,
      state: 'draft',
      issueNo: 1,
      correction: false,
      issueDate: null,
      // 1–8 October 2017 were the National Day and Mid-Autumn holidays.
      defaultIssueDate: '2017-10-09',
      masthead: '滁州市科学技术协会重点工作通报',
      issuedBy: null,
      issuedAt: null,
    });
    expect(first.createdBy).toBe(x.userIds.admin);
    expect(await x.auditCount()).toBe(1);
    const again = await generate({ month: '2017-09', kind: 'key-work' }, 'liu');
    expect(again.status).toBe(201);
    const regenerated = (await again.json()) as Summary;
    expect(regenerated).toMatchObject({ id: first.id, version: 1, state: 'draft' });
    expect(regenerated.createdBy).toBe(x.userIds.liu);
    expect((await list()).map((b) => [b.id, b.kind, b.version, b.state])).toEqual([
      [first.id, 'key-work', 1, 'draft'],
    ]);
    expect(await x.auditCount()).toBe(2);
    expect(await lastAudit()).toMatchObject({ action: 'generate', entity_id: first.id });
  });

  it('freezes the figures as of the month’s last day', async () => {
    const res = await x.as.peng.get(`/api/bulletins/${first.id}`);
    const body = (await res.json()) as {
      snapshot: {
        asOf: string;
        totals: { tasks: number; done: number; completionRate: number };
        keyTasks: { no: number; light: string; indicators: { actual: number }[] }[];
        lagging: { no: number; daysOverdue: number }[];
      };
    };
    expect(body.snapshot.asOf).toBe('2017-09-30');
    expect(body.snapshot.totals).toMatchObject({ tasks: 10, done: 1, completionRate: 0.1 });
    // 45 experts by September; the one entered on 5 October is not counted.
    expect(body.snapshot.keyTasks[1]?.indicators[0]?.actual).toBe(45);
    expect(body.snapshot.lagging[0]).toMatchObject({ no: 1, daysOverdue: 122 });
  });

  it('writes the .docx in the GB/T 9704 layout with every key task and its figures', async () => {
    const res = await download(first.id, 'docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const name = '滁州市科协2017年工作要点-2017年9月重点工作通报-第1期（草稿）.docx';
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[\x20-\x7e]+\.docx"; /,
    );
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    const { body, footers } = await docxParts(await bytes(res));
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(body).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(body).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(body).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
    expect(body).toMatch(/w:eastAsia="黑体"[^>]*\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    expect(body).toMatch(/w:eastAsia="仿宋_GB2312"/);
    const text = paragraphs(body);
    expect(text).toContain('2017年9月重点工作通报');
    expect(text).toContain('（截至2017年9月30日）');
    for (const heading of [
      '一、总体情况',
      '二、重点工作推进情况',
      '三、逾期及滞后任务',
      '四、各部室排名',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(
      '截至2017年9月30日，滁州市科协2017年工作要点共有任务10项，已完成1项，完成率10%。其中已完成1项，绿灯0项，黄灯5项，红灯4项。',
    );
    // Every key task is named in the text (its own section, a list or a table).
    const named = [...text, ...tableRows(body).flat()];
    for (const task of keyTasks) expect(named.some((p) => p.includes(task))).toBe(true);
    expect(text).toContain('本月进展（已报送）：组织45名专家深入企业开展创新助力活动');
    expect(text).toContain('存在问题：<b>专家</b>时间难以协调');
    // A draft is signed with the default issue date.
    expect(text).toContain('滁州市科学技术协会');
    expect(signedOn(text)).toBe('2017年10月9日');
    const rows = tableRows(body);
    expect(rows).toContainEqual([
      '2',
      '组织100名专家开展创新助力活动',
      '彭国华',
      '学会部',
      '柳军',
      '专家不少于100名：实际45名（45%）',
      '黄灯',
    ]);
    expect(rows).toContainEqual([
      '1',
      '尽快草拟《滁州市科协系统深化改革方案》',
      '柏春艳',
      '办公室',
      '2017年5月31日',
      '红灯：逾期122天',
    ]);
    expect(rows).toContainEqual(['1', '办公室', '4', '1', '25%', '0', '1', '2']);
    for (const task of keyTasks) expect(rows.some((row) => row[1] === task)).toBe(true);
    expect(body.match(/<pic:pic /g)).toHaveLength(2);
    expect(footers.join('')).toMatch(/— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.* —<\/w:t>/);
  });

  it('writes the same tables to .xlsx, a task starting with "=" as text and no formula', async () => {
    const res = await download(first.id, 'xlsx');
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = await readWorkbook(await bytes(res));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '通报',
      '重点工作',
      '逾期及滞后任务',
      '部室排名',
    ]);
    const tasks = workbook.getWorksheet('重点工作');
    expect(tasks?.getRow(1).values).toEqual([
      undefined,
      '序号',
      '重点工作',
      '责任人',
      '责任部室',
      '分管领导',
      '指标完成',
      '状态',
    ]);
    expect(tasks?.getRow(3).values).toEqual([
      undefined,
      2,
      '组织100名专家开展创新助力活动',
      '彭国华',
      '学会部',
      '柳军',
      '专家不少于100名：实际45名（45%）',
      '黄灯',
    ]);
    const risky = tasks?.getCell('B5');
    expect(risky?.value).toBe('=SUM(A1)开展海智对接活动1次');
    expect(risky?.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCells(workbook)).toEqual([]);
    const cover: unknown[] = [];
    workbook.getWorksheet('通报')?.eachRow((row) => cover.push(...(row.values as unknown[])));
    expect(cover).toContain('2017年9月重点工作通报');
  });

  it('serves a printable page with the key tasks and every text escaped', async () => {
    const res = await download(first.id, 'html');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    const html = await res.text();
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm;');
    for (const task of keyTasks) expect(html).toContain(`<td>${task}</td>`);
    expect(html).toContain('存在问题：&lt;b&gt;专家&lt;/b&gt;时间难以协调');
    expect(html).not.toContain('<b>专家</b>');
  });

  it('issues 第1期 on the chosen date, signed that day, audited, and not twice', async () => {
    const res = await issue(first.id, { issueDate: '2017-10-10' });
    expect(res.status).toBe(200);
    const issued = (await res.json()) as Summary;
    expect(issued).toMatchObject({
      id: first.id,
      state: 'issued',
      issueNo: 1,
      correction: false,
      version: 1,
      issueDate: '2017-10-10',
      defaultIssueDate: '2017-10-10',
      issuedBy: x.userIds.admin,
    });
    expect(issued.issuedAt).toMatch(/^2017-10-08T/);
    expect(await lastAudit()).toMatchObject({ action: 'issue', entity_id: first.id });
    expect(JSON.parse((await lastAudit()).after ?? '{}')).toEqual({
      issueNo: 1,
      issueDate: '2017-10-10',
      version: 1,
      correction: false,
    });
    const doc = await download(first.id, 'docx');
    expect(fileNameOf(doc)).toBe('滁州市科协2017年工作要点-2017年9月重点工作通报-第1期.docx');
    expect(signedOn(paragraphs((await docxParts(await bytes(doc))).body))).toBe('2017年10月10日');
    const audits = await x.auditCount();
    const again = await issue(first.id, {});
    expect(again.status).toBe(409);
    expect(await x.auditCount()).toBe(audits);
  });

  it('gives the issued document unchanged next year, whatever the figures and settings since', async () => {
    const before = await docxParts(await bytes(await download(first.id, 'docx')));
    const experts = await x.db
      .selectFrom('indicators')
      .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
      .select('indicators.id')
      .where('tasks.no', '=', 2)
      .executeTakeFirstOrThrow();
    await x.db
      .insertInto('ledger_entries')
      .values({
        indicator_id: experts.id,
        entry_date: '2017-09-29',
        quantity: 1,
        subject: '补录专家',
        attributes: '{}',
        entered_by: null,
      })
      .execute();
    await x.db
      .updateTable('tasks')
      .set({ content: '尽快出台深化改革方案' })
      .where('no', '=', 1)
      .execute();
    const unitId = (
      await x.db.selectFrom('plans').select('issuing_unit_id').executeTakeFirstOrThrow()
    ).issuing_unit_id;
    const settings = await x.as.admin.send('PUT', `/api/units/${unitId}/bulletin-settings`, {
      mastheadName: '滁州市科协',
      issuingOffice: '滁州市科协办公室',
      copyTo: ['市委办公室'],
      printedBy: '滁州市科协办公室',
    });
    expect(settings.status).toBe(200);
    x.setToday('2018-09-30');
    const again = await docxParts(await bytes(await download(first.id, 'docx')));
    expect(withoutDrawingIds(again.body)).toBe(withoutDrawingIds(before.body));
    expect(again.media).toEqual(before.media);
    expect((await list()).find((b) => b.id === first.id)?.masthead).toBe(
      '滁州市科学技术协会重点工作通报',
    );
  });

  it('numbers October 第2期 and issues it on the default date', async () => {
    x.setToday('2017-11-01');
    const october = (await (
      await generate({ month: '2017-10', kind: 'key-work' })
    ).json()) as Summary;
    expect(october).toMatchObject({
      state: 'draft',
      version: 1,
      issueNo: 2,
      correction: false,
      defaultIssueDate: '2017-11-01',
      masthead: '滁州市科协重点工作通报',
    });
    const res = await issue(october.id, null);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ issueNo: 2, issueDate: '2017-11-01', version: 1 });
  });

  it('issues a regenerated September as the 更正 of 第1期, version 2, with the new figures', async () => {
    const res = await generate({ month: '2017-09', kind: 'key-work' }, 'liu');
    expect(res.status).toBe(201);
    const second = (await res.json()) as Summary;
    expect(second).toMatchObject({
      state: 'draft',
      version: 2,
      issueNo: 1,
      correction: true,
      createdBy: x.userIds.liu,
    });
    expect((await list()).map((b) => [b.month, b.state, b.issueNo, b.version])).toEqual([
      ['2017-09', 'draft', 1, 2],
      ['2017-10', 'issued', 2, 1],
      ['2017-09', 'issued', 1, 1],
    ]);
    const draftDoc = await download(second.id, 'docx');
    expect(fileNameOf(draftDoc)).toBe(
      '滁州市科协2017年工作要点-2017年9月重点工作通报-第1期（草稿）.docx',
    );
    const issued = (await (await issue(second.id, { issueDate: '2017-11-02' })).json()) as Summary;
    expect(issued).toMatchObject({
      state: 'issued',
      issueNo: 1,
      correction: true,
      version: 2,
      issueDate: '2017-11-02',
    });
    expect(JSON.parse((await lastAudit()).after ?? '{}')).toEqual({
      issueNo: 1,
      issueDate: '2017-11-02',
      version: 2,
      correction: true,
    });
    const doc = await download(second.id, 'docx');
    expect(fileNameOf(doc)).toBe(
      '滁州市科协2017年工作要点-2017年9月重点工作通报-第1期（更正）.docx',
    );
    const { body } = await docxParts(await bytes(doc));
    expect(signedOn(paragraphs(body))).toBe('2017年11月2日');
    const rows = tableRows(body);
    expect(rows).toContainEqual([
      '2',
      '组织100名专家开展创新助力活动',
      '彭国华',
      '学会部',
      '柳军',
      '专家不少于100名：实际46名（46%）',
      '黄灯',
    ]);
    expect(rows.some((row) => row[1] === '尽快出台深化改革方案')).toBe(true);
    expect((await list()).map((b) => [b.month, b.issueNo, b.version, b.correction])).toEqual([
      ['2017-10', 2, 1, false],
      ['2017-09', 1, 2, true],
      ['2017-09', 1, 1, false],
    ]);
  });

  it('refuses an issue date before the month’s end, or by a leader or an owner, changing nothing', async () => {
    const draft = (await (
      await generate({ month: '2017-09', kind: 'key-work' })
    ).json()) as Summary;
    expect(draft).toMatchObject({ state: 'draft', version: 3, issueNo: 1, correction: true });
    const audits = await x.auditCount();
    const early = await issue(draft.id, { issueDate: '2017-09-29' });
    expect(early.status).toBe(422);
    const error = ((await early.json()) as ErrorJson).error;
    expect(error.details).toEqual([
      { field: 'body.issueDate', message: '签发日期不能早于2017年9月30日' },
    ]);
    expect((await issue(draft.id, { issueDate: '2017-02-30' })).status).toBe(400);
    expect((await issue(draft.id, {}, 'liu')).status).toBe(403);
    expect((await issue(draft.id, {}, 'peng')).status).toBe(403);
    expect((await issue(999_999, {})).status).toBe(404);
    expect(await x.auditCount()).toBe(audits);
    expect((await list()).find((b) => b.id === draft.id)?.state).toBe('draft');
    // The month's last day itself is a valid issue date.
    expect((await issue(draft.id, { issueDate: '2017-09-30' })).status).toBe(200);
  });

  it('issues the information-work bulletin and the grassroots report from their own figures', async () => {
    const info = (await (
      await generate({ month: '2017-09', kind: 'info-work' })
    ).json()) as Summary;
    expect(info).toMatchObject({ issueNo: 1, masthead: '滁州市科协信息工作通报' });
    const infoDoc = await docxParts(await bytes(await download(info.id, 'docx')));
    expect(paragraphs(infoDoc.body)).toContain('2017年9月信息工作通报');
    const infoRows = tableRows(infoDoc.body);
    expect(infoRows).toContainEqual(['学会部', '2', '1', '0', '1', '0', '0', '12']);
    expect(infoRows).toContainEqual(['1', '学会部', '12']);
    const grassroots = (await (
      await generate({ month: '2017-09', kind: 'grassroots' })
    ).json()) as Summary;
    expect(grassroots).toMatchObject({ issueNo: 1, masthead: '滁州市科协深入基层工作通报' });
    const doc = await docxParts(await bytes(await download(grassroots.id, 'docx')));
    expect(paragraphs(doc.body)).toContain('2017年9月干部深入基层情况通报');
    // 柏春艳's October visit is after the month and not counted.
    expect(tableRows(doc.body)).toContainEqual([
      '1',
      '柏春艳',
      '办公室',
      '机关干部',
      '30',
      '24',
      '22.4',
      '进度正常',
    ]);
  });

  it('refuses a bad month or kind and an owner, writing nothing', async () => {
    const audits = await x.auditCount();
    const count = async () => (await x.db.selectFrom('bulletins').select('id').execute()).length;
    const bulletins = await count();
    for (const body of [
      { month: '2017-13', kind: 'key-work' },
      { month: '2017-9', kind: 'key-work' },
      { month: '2017-09', kind: 'weekly' },
      { kind: 'key-work' },
    ]) {
      const res = await generate(body);
      expect(res.status).toBe(400);
    }
    expect((await generate({ month: '2017-09', kind: 'key-work' }, 'peng')).status).toBe(403);
    expect((await download(first.id, 'pdf')).status).toBe(400);
    expect((await download(999_999, 'docx')).status).toBe(404);
    expect(await count()).toBe(bulletins);
    expect(await x.auditCount()).toBe(audits);
  });
});
