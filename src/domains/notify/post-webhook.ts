/**
 * One delivery attempt: renders the body for the webhook's format, signs it when a secret is set,
 * POSTs with a timeout and judges the answer. 2xx is delivered, except that DingTalk and WeCom
 * robots answer 200 with `errcode` in the body, where anything but 0 is a refusal.
 */
import { z } from 'zod';
import {
  bodySignature,
  renderBody,
  signedUrl,
  type DeliveryPayload,
  type WebhookFormat,
} from './webhook-formats.js';

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const robotAnswer = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const maxError = 500;

function robotError(format: WebhookFormat, text: string): string | null {
  if (format === 'json') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const answer = robotAnswer.safeParse(value);
  if (!answer.success || answer.data.errcode === 0) return null;
  return `errcode ${answer.data.errcode}: ${answer.data.errmsg ?? ''}`.trim();
}

export async function postWebhook(options: {
  webhook: { url: string; format: WebhookFormat; secret: string | null };
  payload: DeliveryPayload;
  fetch: typeof fetch;
  timeoutMs: number;
  now: Date;
}): Promise<AttemptResult> {
  const { webhook } = options;
  const body = JSON.stringify(renderBody(webhook.format, options.payload));
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (webhook.format === 'json' && webhook.secret)
    headers['x-duban-signature'] = bodySignature(webhook.secret, body);
  const url = signedUrl(webhook.format, webhook.url, webhook.secret, options.now.getTime());
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await options.fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await res.text();
    const durationMs = elapsed();
    if (res.status < 200 || res.status > 299)
      return {
        ok: false,
        statusCode: res.status,
        error: `HTTP ${res.status} ${text}`.trim().slice(0, maxError),
        durationMs,
      };
    const refused = robotError(webhook.format, text);
    return { ok: refused === null, statusCode: res.status, error: refused, durationMs };
  } catch (err) {
    const error =
      err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
        ? `超时 / timed out after ${options.timeoutMs} ms`
        : err instanceof Error
          ? `${err.message}${err.cause instanceof Error ? `: ${err.cause.message}` : ''}`
          : String(err);
    return { ok: false, statusCode: null, error: error.slice(0, maxError), durationMs: elapsed() };
  }
}
