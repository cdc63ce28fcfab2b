/**
 * The background sender of webhook deliveries. Each poll takes the pending deliveries that are
 * due, claims each one (so that two servers sharing the database never both send it), makes one
 * attempt and records it; a failure is retried with exponential backoff (1 s, 2 s, 4 s …) until
 * the attempt limit, then the delivery is marked failed. Runs on a timer, never in a request.
 * Attempts are an operational log of their own and are not audited. A stored payload that is
 * not readable fails its own attempt ('invalid payload') and the batch goes on.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { parseJson } from '../../platform/skipped-rows.js';
import { webhookSettings, type WebhookSettings } from './notify-settings.js';
import { postWebhook, type AttemptResult } from './post-webhook.js';
import { deliveryPayload, isWebhookFormat } from './webhook-formats.js';

export interface SendCounts {
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

export async function sendDueDeliveries(options: {
  db: Kysely<Database>;
  now: Date;
  fetch?: typeof fetch;
  settings?: Partial<WebhookSettings>;
  /** Aborted on shutdown: the delivery in hand is finished, no further one is taken. */
  signal?: AbortSignal;
}): Promise<SendCounts> {
  const { db, now } = options;
  const settings = { ...webhookSettings, ...options.settings };
  const counts: SendCounts = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
  const due = await db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
    .select([
      'webhook_deliveries.id',
      'webhook_deliveries.payload',
      'webhook_deliveries.attempts',
      'webhook_deliveries.next_attempt_at',
      'webhooks.url',
      'webhooks.format',
      'webhooks.secret',
    ])
    .where('webhook_deliveries.state', '=', 'pending')
    .where('webhook_deliveries.next_attempt_at', '<=', now.toISOString())
    .where('webhooks.active', '=', 1)
    .orderBy('webhook_deliveries.next_attempt_at')
    .orderBy('webhook_deliveries.id')
    .limit(settings.batchSize)
    .execute();
  for (const delivery of due) {
    if (options.signal?.aborted) break;
    // The claim pushes the next attempt past this one's timeout; whoever moves it first sends.
    const claim = await db
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: later(now, settings.timeoutMs + 60_000) })
      .where('id', '=', delivery.id)
      .where('state', '=', 'pending')
      .where('next_attempt_at', '=', delivery.next_attempt_at)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    const payload = deliveryPayload.safeParse(parseJson(delivery.payload));
    const result: AttemptResult =
      payload.success && isWebhookFormat(delivery.format)
        ? await postWebhook({
            webhook: { url: delivery.url, format: delivery.format, secret: delivery.secret },
            payload: payload.data,
            fetch: options.fetch ?? fetch,
            timeoutMs: settings.timeoutMs,
            now,
          })
        : { ok: false, statusCode: null, error: '无效的投递内容 / invalid payload', durationMs: 0 };
    const attempt = delivery.attempts + 1;
    const state = result.ok ? 'delivered' : attempt >= settings.maxAttempts ? 'failed' : 'pending';
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhook_attempts')
        .values({
          delivery_id: delivery.id,
          attempt,
          at: now.toISOString(),
          status_code: result.statusCode,
          error: result.error,
          duration_ms: result.durationMs,
        })
        .execute();
      await trx
        .updateTable('webhook_deliveries')
        .set({
          state,
          attempts: attempt,
          last_status: result.statusCode,
          last_error: result.error,
          delivered_at: result.ok ? now.toISOString() : null,
          next_attempt_at:
            state === 'pending'
              ? later(now, settings.backoffMs * 2 ** (attempt - 1))
              : now.toISOString(),
        })
        .where('id', '=', delivery.id)
        .execute();
    });
    counts.attempted++;
    if (state === 'delivered') counts.delivered++;
    else if (state === 'failed') counts.failed++;
    else counts.retrying++;
  }
  return counts;
}
