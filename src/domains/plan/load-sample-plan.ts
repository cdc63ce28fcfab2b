/**
 * First start on an empty database: imports the worked example (滁科协〔2017〕2号) from sample/ so
 * the product has a real plan to show, published. Does nothing once any plan exists.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { samplePlanPath } from '../../platform/paths.js';
import { parseNotice } from '../import/parse-notice.js';
import { saveDraftPlan } from './save-draft-plan.js';

export async function loadSamplePlan(options: {
  db: Kysely<Database>;
  path?: string;
}): Promise<{ planId: number } | null> {
  const any = await options.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const path = options.path ?? samplePlanPath;
  const parsed = parseNotice(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(`sample plan ${path}: ${parsed.error.message}`);
  const saved = await saveDraftPlan({
    db: options.db,
    draft: parsed.draft,
    sourceName: basename(path),
  });
  // The sample is shown as a plan in force, not as a draft waiting for review.
  await options.db
    .updateTable('plans')
    .set({ state: 'published' })
    .where('id', '=', saved.planId)
    .execute();
  return saved;
}
