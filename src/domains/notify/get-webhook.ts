/** One webhook by id, or not_found. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { WebhookTable } from '../../platform/db/tables/notify.js';
import { foundById } from '../../platform/errors.js';

export type WebhookRow = Selectable<WebhookTable>;

export async function getWebhook(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<WebhookRow> {
  const row = await options.db
    .selectFrom('webhooks')
    .selectAll()
    .where('id', '=', options.id)
    .executeTakeFirst();
  return foundById(row, { zh: 'Webhook', en: 'webhook' }, options.id);
}
