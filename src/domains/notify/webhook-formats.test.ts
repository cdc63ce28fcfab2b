import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reminderMessage } from './reminder-messages.js';
import type { Reminder } from './reminder-rules.js';
import { renderBody, signedUrl, type DeliveryPayload } from './webhook-formats.js';

const payload: DeliveryPayload = {
  event: 'overdue',
  task: { id: 7, no: 1, content: '尽快草拟《滁州市科协系统深化改革方案》', due: '2017-05-31' },
  recipients: [{ userId: 3, name: '柏春艳', role: 'owner' }],
  at: '2017-06-01T01:00:00.000Z',
  title: '督办提醒：任务已逾期 / task overdue',
  text: '【督办提醒】任务“尽快草拟《滁州市科协系统深化改革方案》”已逾期 1 天（截止 2017-05-31）。',
};

describe('webhook bodies', () => {
  it.each([
    [
      'dingtalk',
      {
        msgtype: 'markdown',
        markdown: {
          title: payload.title,
          text: `#### ${payload.title}\n\n${payload.text}\n\n提醒对象 / to: 柏春艳`,
        },
      },
    ],
    [
      'wecom',
      {
        msgtype: 'markdown',
        markdown: { content: `**${payload.title}**\n${payload.text}\n提醒对象 / to: 柏春艳` },
      },
    ],
    [
      'json',
      {
        event: 'overdue',
        task: payload.task,
        recipients: payload.recipients,
        at: payload.at,
        text: payload.text,
      },
    ],
  ] as const)('renders %s', (format, expected) => {
    expect(renderBody(format, payload)).toEqual(expected);
  });
});

describe('DingTalk signing', () => {
  const url = 'https://oapi.dingtalk.com/robot/send?access_token=abc';

  it('adds timestamp and the url-encoded base64 HmacSHA256 of "timestamp\\nsecret"', () => {
    const ts = 1495587600000;
    const sign = createHmac('sha256', 'SEC000').update(`${ts}\nSEC000`).digest('base64');
    expect(signedUrl('dingtalk', url, 'SEC000', ts)).toBe(
      `${url}&timestamp=${ts}&sign=${encodeURIComponent(sign)}`,
    );
  });

  it.each([
    ['dingtalk without a secret', 'dingtalk', null],
    ['wecom with a secret', 'wecom', 'SEC000'],
    ['json with a secret', 'json', 'SEC000'],
  ] as const)('leaves the url alone for %s', (_name, format, secret) => {
    expect(signedUrl(format, url, secret, 1)).toBe(url);
  });
});

describe('reminder messages', () => {
  const task = { no: 5, content: '探索开展“科技馆进校园”活动', due: '2017-12-31' };
  const r = (kind: Reminder['kind'], days: number | null, bucket = '2017-12-30'): Reminder => ({
    kind,
    taskId: 5,
    key: `${kind}:5:${bucket}`,
    bucket,
    audiences: ['owner'],
    days,
  });

  it.each([
    [
      'due today',
      r('due_soon', 0),
      '【督办提醒】任务“探索开展“科技馆进校园”活动”今天（2017-12-31）到期。',
    ],
    ['report missing', r('report_missing', null, '2017-11'), '尚未报送2017年11月进展情况'],
    ['overdue', r('overdue', 3), '已逾期 3 天（截止 2017-12-31）。'],
    [
      'escalated names the owner',
      r('escalated', 8),
      '已逾期 8 天（截止 2017-12-31），责任人：黄永伟。',
    ],
  ])('%s', (_name, reminder, text) => {
    const owner = [{ userId: 1, name: '黄永伟', role: 'owner' as const }];
    expect(reminderMessage(reminder, task, owner).text).toContain(text);
  });

  it('cuts long task content to 40 characters', () => {
    const long = { ...task, content: '科'.repeat(60) };
    expect(reminderMessage(r('overdue', 1), long, []).text).toContain(`任务“${'科'.repeat(40)}…”`);
  });
});
