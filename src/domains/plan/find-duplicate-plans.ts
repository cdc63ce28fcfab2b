/**
 * The same notice imported twice: plans the actor can see with the draft's 文号 (written with any
 * of the usual brackets, spaces ignored: 滁科协〔2017〕2号 = 滁科协[2017]2号), or with its title
 * and year. The preview lists them so that the importer is warned before saving again.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import type { ImportWarning } from '../import/draft.js';
import { planPolicy } from './plan.policy.js';

/** 文号 in one spelling: no spaces, year brackets and parentheses in one form. */
export function sameDocNumber(docNumber: string): string {
  return docNumber
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[[［【〔(（]/gu, '〔')
    .replace(/[\]］】〕)）]/gu, '〕');
}

export async function findDuplicatePlans(options: {
  db: Kysely<Database>;
  /** Whose plans to look at; null for the command line, which sees every plan. */
  access: Access | null;
  draft: { notice: { docNumber: string | null }; plan: { title: string; year: number } };
}) {
  const { db, access, draft } = options;
  const { title, year } = draft.plan;
  const written = draft.notice.docNumber?.trim() ?? '';
  const docNumber = written === '' ? null : sameDocNumber(written);
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'title', 'doc_number', 'year', 'state', 'created_at', 'issuing_unit_id'])
    .where((eb) =>
      eb.or([
        eb.and([eb('title', '=', title), eb('year', '=', year)]),
        ...(docNumber === null
          ? []
          : [
              eb('doc_number', '=', written),
              // Another spelling of the same 文号 names the same year (or, issued in December, the one before).
              eb.and([
                eb('doc_number', 'is not', null),
                eb('year', 'in', [year - 1, year, year + 1]),
              ]),
            ]),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows
    .filter(
      (p) =>
        (p.title === title && p.year === year) ||
        (docNumber !== null && p.doc_number !== null && sameDocNumber(p.doc_number) === docNumber),
    )
    .filter((p) => access === null || planPolicy.read(access, p))
    .map((p) => ({
      id: p.id,
      title: p.title,
      docNumber: p.doc_number,
      year: p.year,
      state: p.state,
      createdAt: p.created_at,
    }));
}

export type DuplicatePlan = Awaited<ReturnType<typeof findDuplicatePlans>>[number];

const stateNames: Record<string, string> = {
  draft: '草稿',
  published: '已发布',
  closed: '已关闭',
};

/** One import warning per plan that already holds the notice, stored with the new draft. */
export function duplicateWarnings(duplicates: DuplicatePlan[]): ImportWarning[] {
  return duplicates.map((p) => {
    const what = p.docNumber ? `文号 ${p.docNumber}` : `《${p.title}》（${p.year}年）`;
    const whatEn = p.docNumber ? `doc number ${p.docNumber}` : `"${p.title}" (${p.year})`;
    return {
      about: 'notice',
      why: `${whatEn} is already imported as plan ${p.id} (${p.state}): this may be the same notice twice`,
      whyZh: `${what}已导入为计划 ${p.id}《${p.title}》（${stateNames[p.state] ?? p.state}），可能重复导入`,
    };
  });
}
