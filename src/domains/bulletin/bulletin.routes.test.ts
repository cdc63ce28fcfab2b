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
  createdBy: number | null;
}

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

  it('issues version 1 of the month, records who did it and audits it', async () => {
    expect(first).toMatchObject({ planId, month: '2017-09', kind: 'key-work', version: 1 });
    expect(first.createdBy).toBe(x.userIds.admin);
    expect(await x.auditCount()).toBe(1);
    const list = (await (await x.as.bai.get(`/api/plans/${planId}/bulletins`)).json()) as {
      items: Summary[];
    };
    expect(list.items.map((b) => [b.id, b.kind, b.version])).toEqual([[first.id, 'key-work', 1]]);
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
    const name = '滁州市科协2017年工作要点-2017年9月重点工作通报-第1版.docx';
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
    expect(text[0]).toBe('2017年9月重点工作通报');
    expect(text[1]).toBe('（截至2017年9月30日　第1版）');
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
    keyTasks.forEach((task, i) =>
      expect(text).toContain(`（${'一二三四五六七八九十'[i]}）${task}`),
    );
    expect(text).toContain('本月进展（已报送）：组织45名专家深入企业开展创新助力活动');
    expect(text).toContain('存在问题：<b>专家</b>时间难以协调');
    expect(text.slice(-2)).toEqual(['滁州市科学技术协会', '2017年10月8日']);
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
    expect(workbook.getWorksheet('通报')?.getCell('A1').value).toBe('2017年9月重点工作通报');
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

  it('gives the same document next year, and a new version with the new figures', async () => {
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
    x.setToday('2018-09-30');
    const again = await docxParts(await bytes(await download(first.id, 'docx')));
    expect(withoutDrawingIds(again.body)).toBe(withoutDrawingIds(before.body));
    expect(again.media).toEqual(before.media);
    const res = await generate({ month: '2017-09', kind: 'key-work' }, 'liu');
    expect(res.status).toBe(201);
    const second = (await res.json()) as Summary;
    expect(second).toMatchObject({ version: 2, createdBy: x.userIds.liu });
    const rows = tableRows((await docxParts(await bytes(await download(second.id, 'docx')))).body);
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
    expect(await x.auditCount()).toBe(2);
  });

  it('issues the information-work bulletin and the grassroots report from their own figures', async () => {
    const info = (await (
      await generate({ month: '2017-09', kind: 'info-work' })
    ).json()) as Summary;
    const infoDoc = await docxParts(await bytes(await download(info.id, 'docx')));
    expect(paragraphs(infoDoc.body)[0]).toBe('2017年9月信息工作通报');
    const infoRows = tableRows(infoDoc.body);
    expect(infoRows).toContainEqual(['学会部', '2', '1', '0', '1', '0', '0', '12']);
    expect(infoRows).toContainEqual(['1', '学会部', '12']);
    const grassroots = (await (
      await generate({ month: '2017-09', kind: 'grassroots' })
    ).json()) as Summary;
    const doc = await docxParts(await bytes(await download(grassroots.id, 'docx')));
    expect(paragraphs(doc.body)[0]).toBe('2017年9月干部深入基层情况通报');
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
