/**
 * Publishing and closing: draft → published → closed, never backwards. A published plan is what
 * owners report against; a closed one is read-only. Versioned like every write.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';

const transitions = { publish: ['draft', 'published'], close: ['published', 'closed'] } as const;

export async function changePlanState(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  action: keyof typeof transitions;
  expected: ExpectedVersion;
  now: Date;
}): Promise<void> {
  const [from, to] = transitions[options.action];
  await options.db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom('plans')
      .select(['id', 'state', 'version'])
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (!plan) throw notFound({ zh: '工作要点', en: 'plan' }, options.id);
    if (plan.version !== options.expected.version)
      throw staleVersion(options.expected, plan.version);
    if (plan.state !== from) {
      throw new AppError(
        'conflict',
        `只有${from === 'draft' ? '草稿' : '已发布'}状态可以${options.action === 'publish' ? '发布' : '关闭'} / only a ${from} plan can be ${to}; this one is ${plan.state}`,
      );
    }
    await updateVersioned(trx, 'plans', {
      id: plan.id,
      expected: options.expected,
      set: { state: to, updated_at: options.now.toISOString() },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: plan.id,
      entity: 'plan',
      entityId: plan.id,
      action: options.action,
      before: { state: from },
      after: { state: to },
    });
  });
}
