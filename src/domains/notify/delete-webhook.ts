/**
 * Removes a webhook with its deliveries and their attempts. If-Match is optional here: deleting
 * needs no merge, but a client that sends a version is protected from deleting a newer edit.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { getWebhook } from './get-webhook.js';
import { redactWebhook } from './notify.presenter.js';

export async function deleteWebhook(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  expected: ExpectedVersion | null;
}): Promise<void> {
  const { actor, id, expected } = options;
  await options.db.transaction().execute(async (trx) => {
    const before = await getWebhook({ db: trx, id });
    if (expected && before.version !== expected.version)
      throw staleVersion(expected, before.version);
    await trx.deleteFrom('webhooks').where('id', '=', id).execute();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'webhook',
      entityId: id,
      action: 'delete',
      before: redactWebhook(before),
    });
  });
}
