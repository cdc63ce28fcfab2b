/** Adds a webhook; it receives the reminders of its kinds from the next reminder run on. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { WebhookRow } from './get-webhook.js';
import type { CreateWebhookInput } from './notify.schema.js';
import { redactWebhook } from './notify.presenter.js';

export async function createWebhook(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: CreateWebhookInput;
  now: Date;
}): Promise<WebhookRow> {
  const { actor, input } = options;
  const at = options.now.toISOString();
  return options.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('webhooks')
      .values({
        name: input.name,
        url: input.url,
        format: input.format,
        events: JSON.stringify(input.events),
        secret: input.secret ?? null,
        active: input.active === false ? 0 : 1,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'webhook',
      entityId: row.id,
      action: 'create',
      after: redactWebhook(row),
    });
    return row;
  });
}
