/** Signature dates of a notice: written in digits or Chinese numerals, and only days that exist. */
import { describe, expect, it } from 'vitest';
import { parseChineseDate, parseNoticeHeader } from './notice-header.js';

describe('parseChineseDate', () => {
  it.each([
    ['2017年1月10日', '2017-01-10'],
    ['二〇一七年一月十日', '2017-01-10'],
    ['2016年2月29日', '2016-02-29'],
    ['2021 年 3 月 5 日', '2021-03-05'],
    ['2021年03月05日', '2021-03-05'],
  ])('reads %s as %s', (line, date) => {
    expect(parseChineseDate(line)).toBe(date);
  });

  it.each(['2017年2月30日', '2017年13月1日', '2017年4月31日', '2017年1月10日起'])(
    'does not take %s for an issue date',
    (line) => {
      expect(parseChineseDate(line)).toBeNull();
    },
  );
});

describe('parseNoticeHeader', () => {
  const header = (text: string) =>
    parseNoticeHeader(text.split('\n').map((raw, i) => ({ line: i + 1, raw })));

  it('takes an opinion that issues no other document for the plan itself, (2014—2017年) and all', () => {
    const read = header(
      '陕政办发〔2014〕58号\n\n陕西省人民政府办公厅关于加快发展现代职业教育的实施意见（2014—2017年）\n\n各设区市人民政府：\n为贯彻落实，提出如下意见。\n一、总体要求',
    );
    expect(read.notice.title).toBe(
      '陕西省人民政府办公厅关于加快发展现代职业教育的实施意见（2014—2017年）',
    );
    expect(read.planTitle).toBe(read.notice.title);
    expect(read.notice.recipients).toEqual(['各设区市人民政府']);
  });

  it('reads an undated signature: the issuer alone after the last sentence', () => {
    const atEnd = header(
      '关于加快发展养老服务业的意见\n一、总体要求\n各地要抓好落实。\n\n国务院办公厅',
    );
    expect(atEnd.notice).toMatchObject({ issuer: '国务院办公厅', issueDate: null });
    const beforePlan = header(
      '关于印发《某方案》的通知\n各市州：\n现印发给你们，请认真落实。\n青海省农业农村厅\n某方案\n一、总体要求',
    );
    expect(beforePlan.notice.issuer).toBe('青海省农业农村厅');
  });

  it('does not take a heading followed by items for a signature', () => {
    const read = header('2019年工作要点\n各地要抓好落实。\n工作部署\n1、甲工作。');
    expect(read.notice.issuer).toBeNull();
  });

  it('reads a title that issues a plan without 关于, and the plan it names', () => {
    const read = header(
      '某市人民政府办公室印发某市2021年优化营商环境重点任务清单的通知\n某政办发〔2021〕12号\n各县（市、区）人民政府：\n现印发给你们，请认真贯彻落实。\n某市人民政府办公室\n2021 年 3 月 5 日\n某市2021年优化营商环境重点任务清单\n一、提升政务服务',
    );
    expect(read.notice).toMatchObject({
      title: '某市人民政府办公室印发某市2021年优化营商环境重点任务清单的通知',
      docNumber: '某政办发〔2021〕12号',
      issuer: '某市人民政府办公室',
      issueDate: '2021-03-05',
    });
    expect(read.planTitle).toBe('某市2021年优化营商环境重点任务清单');
  });
});
