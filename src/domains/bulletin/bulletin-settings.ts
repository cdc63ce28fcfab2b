/**
 * A unit's bulletin settings (通报设置): the 机关简称 of its 发文机关标志, the office on the date
 * line, the 抄送 units and the 印发机关. Read with the unit's name filling an unset unit (version
 * 0), and set as a whole by its administrators; a set names the version read when it sends one,
 * and is audited with before and after.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import type { BulletinSettingsInput } from './bulletin-settings.schema.js';

export interface FrameSettings {
  mastheadName: string;
  issuingOffice: string;
  copyTo: string[];
  printedBy: string;
}

export interface BulletinSettings extends FrameSettings {
  unitId: number;
  unitName: string;
  version: number;
}

/** Without settings, every name is the unit's (or, for a plan without a unit, its title's issuer). */
export const defaultSettings = (name: string): FrameSettings => ({
  mastheadName: name,
  issuingOffice: name,
  copyTo: [],
  printedBy: name,
});

const parseCopyTo = (text: string): string[] => {
  // Written by updateBulletinSettings from a checked string array; never edited.
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

export async function getBulletinSettings(options: {
  db: Kysely<Database>;
  unit: { id: number; name: string };
}): Promise<BulletinSettings> {
  const { unit } = options;
  const row = await options.db
    .selectFrom('bulletin_settings')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .executeTakeFirst();
  const base = { unitId: unit.id, unitName: unit.name };
  if (!row) return { ...base, ...defaultSettings(unit.name), version: 0 };
  return {
    ...base,
    mastheadName: row.masthead_name,
    issuingOffice: row.issuing_office,
    copyTo: parseCopyTo(row.copy_to),
    printedBy: row.printed_by,
    version: Number(row.version),
  };
}

/** '滁州市科协2017年工作要点' → '滁州市科协': the issuer a plan without a unit names in its title. */
const issuerOfTitle = (title: string) => title.replace(/\d{4}年.*$/, '') || title;

/** The settings a plan's bulletins are framed with: those of its issuing unit. */
export async function settingsOfPlan(
  db: Kysely<Database>,
  plan: { issuing_unit_id: number | null; title: string },
): Promise<FrameSettings> {
  const unit =
    plan.issuing_unit_id === null
      ? undefined
      : await db
          .selectFrom('units')
          .select(['id', 'name'])
          .where('id', '=', plan.issuing_unit_id)
          .executeTakeFirst();
  if (!unit) return defaultSettings(issuerOfTitle(plan.title));
  const { mastheadName, issuingOffice, copyTo, printedBy } = await getBulletinSettings({
    db,
    unit,
  });
  return { mastheadName, issuingOffice, copyTo, printedBy };
}

export async function updateBulletinSettings(options: {
  db: Kysely<Database>;
  actor: Actor;
  unit: { id: number; name: string };
  input: BulletinSettingsInput;
  expected: ExpectedVersion | null;
  now: Date;
}): Promise<BulletinSettings> {
  const { unit, input, expected } = options;
  return options.db.transaction().execute(async (trx) => {
    const before = await getBulletinSettings({ db: trx, unit });
    if (expected && expected.version !== before.version)
      throw staleVersion(expected, before.version);
    const values = {
      masthead_name: input.mastheadName,
      issuing_office: input.issuingOffice,
      copy_to: JSON.stringify(input.copyTo),
      printed_by: input.printedBy,
      updated_at: options.now.toISOString(),
    };
    const written =
      before.version === 0
        ? await trx
            .insertInto('bulletin_settings')
            .values({ unit_id: unit.id, ...values })
            .onConflict((oc) => oc.column('unit_id').doNothing())
            .returning('version')
            .executeTakeFirst()
        : await trx
            .updateTable('bulletin_settings')
            .set({ ...values, version: before.version + 1 })
            .where('unit_id', '=', unit.id)
            .where('version', '=', before.version)
            .returning('version')
            .executeTakeFirst();
    // Another writer committed between our read and write.
    if (!written)
      throw staleVersion(expected ?? { version: 0, source: 'body' }, before.version + 1);
    const after: BulletinSettings = {
      ...before,
      ...input,
      copyTo: [...input.copyTo],
      version: Number(written.version),
    };
    await recordAudit(trx, {
      actor: options.actor,
      planId: null,
      entity: 'bulletin_settings',
      entityId: unit.id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
