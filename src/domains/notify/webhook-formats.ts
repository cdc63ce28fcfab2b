/**
 * What a webhook receives, per format: a DingTalk or WeCom group robot's markdown message, or a
 * generic JSON event. A delivery stores the format-free payload; the body is rendered (and a
 * DingTalk request signed) at send time, since DingTalk rejects signatures older than an hour.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { reminderKinds } from './reminder-rules.js';

export const webhookFormats = ['dingtalk', 'wecom', 'json'] as const;
export type WebhookFormat = (typeof webhookFormats)[number];

export const deliveryPayload = z.object({
  event: z.enum(reminderKinds),
  task: z.object({
    id: z.number(),
    no: z.number(),
    content: z.string(),
    due: z.string().nullable(),
  }),
  recipients: z.array(
    z.object({
      userId: z.number(),
      name: z.string(),
      role: z.enum(['owner', 'department_head', 'leader']),
    }),
  ),
  at: z.string(),
  title: z.string(),
  text: z.string(),
});
export type DeliveryPayload = z.infer<typeof deliveryPayload>;

function whom(payload: DeliveryPayload): string {
  const names = payload.recipients.map((r) => r.name);
  return names.length > 0 ? `提醒对象 / to: ${names.join('、')}` : '';
}

export function renderBody(format: WebhookFormat, payload: DeliveryPayload): unknown {
  const lines = [payload.text, whom(payload)].filter(Boolean);
  switch (format) {
    case 'dingtalk':
      return {
        msgtype: 'markdown',
        markdown: { title: payload.title, text: [`#### ${payload.title}`, ...lines].join('\n\n') },
      };
    case 'wecom':
      return {
        msgtype: 'markdown',
        markdown: { content: [`**${payload.title}**`, ...lines].join('\n') },
      };
    case 'json':
      return {
        event: payload.event,
        task: payload.task,
        recipients: payload.recipients,
        at: payload.at,
        text: payload.text,
      };
  }
}

/** DingTalk's signature: HmacSHA256 of `${timestamp}\n${secret}` keyed by the secret, base64. */
export function dingTalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The URL to POST to: DingTalk robots with a secret want `timestamp` and `sign` added. */
export function signedUrl(
  format: WebhookFormat,
  url: string,
  secret: string | null,
  timestamp: number,
): string {
  if (format !== 'dingtalk' || !secret) return url;
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestamp));
  signed.searchParams.set('sign', dingTalkSign(secret, timestamp));
  return signed.toString();
}

/** Generic JSON receivers can check `X-Duban-Signature: sha256=<hex HMAC of the body>`. */
export function bodySignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function isWebhookFormat(value: string): value is WebhookFormat {
  return webhookFormats.some((f) => f === value);
}
