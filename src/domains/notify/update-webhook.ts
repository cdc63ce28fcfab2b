/** Edits a webhook at the version the client read (412/409 when someone changed it since). */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { getWebhook, type WebhookRow } from './get-webhook.js';
import type { UpdateWebhookInput } from './notify.schema.js';
import { redactWebhook } from './notify.presenter.js';

export async function updateWebhook(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  changes: UpdateWebhookInput;
  expected: ExpectedVersion;
  now: Date;
}): Promise<WebhookRow> {
  const { actor, id, changes, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getWebhook({ db: trx, id });
    if (before.version !== expected.version) throw staleVersion(expected, before.version);
    const after = await updateVersioned(trx, 'webhooks', {
      id,
      expected,
      set: {
        name: changes.name ?? before.name,
        url: changes.url ?? before.url,
        format: changes.format ?? before.format,
        events: changes.events ? JSON.stringify(changes.events) : before.events,
        secret: changes.secret === undefined ? before.secret : changes.secret,
        active: changes.active === undefined ? before.active : changes.active ? 1 : 0,
        updated_at: options.now.toISOString(),
      },
    });
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'webhook',
      entityId: id,
      action: 'update',
      before: redactWebhook(before),
      after: redactWebhook(after),
    });
    return after;
  });
}
