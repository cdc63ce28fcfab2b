/** One webhook by id, or not_found. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { WebhookTable } from '../../platform/db/tables/notify.js';
import { AppError } from '../../platform/errors.js';

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
  if (!row)
    throw new AppError(
      'not_found',
      `Webhook ${options.id} 不存在 / webhook ${options.id} not found`,
    );
  return row;
}
