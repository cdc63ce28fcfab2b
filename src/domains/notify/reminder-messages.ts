/**
 * The words of a reminder, Chinese first then English, as shown in the app and sent to group
 * robots ('【督办提醒】任务“…”将于 2017-05-31 到期'). Task content is cut short: a robot message
 * is read on a phone.
 */
import type { Recipient } from './reminder-recipients.js';
import type { Reminder } from './reminder-rules.js';

export interface MessageTask {
  no: number;
  content: string;
  due: string | null;
}

export interface Message {
  title: string;
  text: string;
}

const maxContent = 40;

export function shortContent(content: string): string {
  const chars = [...content];
  return chars.length > maxContent ? `${chars.slice(0, maxContent).join('')}…` : content;
}

function monthName(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function reminderMessage(
  reminder: Reminder,
  task: MessageTask,
  recipients: readonly Recipient[],
): Message {
  const name = `任务“${shortContent(task.content)}”`;
  const due = task.due ?? '';
  const days = reminder.days ?? 0;
  switch (reminder.kind) {
    case 'due_soon':
      return {
        title: '督办提醒：任务即将到期 / task due soon',
        text:
          days === 0
            ? `【督办提醒】${name}今天（${due}）到期。/ Task ${task.no} is due today (${due}).`
            : `【督办提醒】${name}将于 ${due} 到期（还有 ${days} 天）。/ Task ${task.no} is due on ${due} (${days} days left).`,
      };
    case 'report_missing':
      return {
        title: '督办提醒：进展情况未报送 / progress report missing',
        text: `【督办提醒】${name}尚未报送${monthName(reminder.bucket)}进展情况，请于月底前报送。/ Task ${task.no} has no progress report for ${reminder.bucket} yet; please report by the end of the month.`,
      };
    case 'overdue':
      return {
        title: '督办提醒：任务已逾期 / task overdue',
        text: `【督办提醒】${name}已逾期 ${days} 天（截止 ${due}）。/ Task ${task.no} is ${days} days overdue (due ${due}).`,
      };
    case 'escalated': {
      const owners = recipients.filter((r) => r.role === 'owner').map((r) => r.name);
      const owner = owners.length > 0 ? `，责任人：${owners.join('、')}` : '';
      return {
        title: '督办升级：任务逾期未完成 / overdue task escalated',
        text: `【督办升级】${name}已逾期 ${days} 天（截止 ${due}）${owner}。/ Task ${task.no} is ${days} days overdue (due ${due}) and has been escalated.`,
      };
    }
  }
}
