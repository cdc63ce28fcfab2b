/**
 * Reads one uploaded notice from a multipart request (field `file`), parses it and stores it as a
 * draft plan. The preview also returns the source lines the draft was read from. Shared by the
 * preview and the import routes so both enforce the same caps and budgets.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { readUploadedFile } from '../../platform/http/uploaded-file.js';
import type { PlanDraft } from '../import/draft.js';
import { PreviewRunner } from '../import/preview-runner.js';
import { OFFICE_MAX_BYTES } from '../import/readers/limits.js';
import { duplicateWarnings, findDuplicatePlans } from './find-duplicate-plans.js';
import { saveDraftPlan } from './save-draft-plan.js';
import type { SourceLine } from '../import/source-lines.js';

/** Reading a notice is the first step of importing one, and only administrators import. */
export function assertMayImport(actor: Actor): void {
  if (actor.role !== 'admin')
    throw new AppError(
      'forbidden',
      '只有管理员可以导入工作要点 / only administrators import plans',
    );
}

/** Uploads are read off the request thread, one at a time, within a time and memory budget. */
const previewRunner = new PreviewRunner();

export async function readUploadedDraft(
  request: FastifyRequest,
  year?: number,
): Promise<{ fileName: string; draft: PlanDraft; source: SourceLine[] }> {
  const { fileName, bytes } = await readUploadedFile(request, OFFICE_MAX_BYTES);
  const preview = await previewRunner.run({
    name: fileName,
    bytes,
    ...(year === undefined ? {} : { year }),
  });
  return { fileName, ...preview };
}

/** Stores the uploaded notice as a draft; a notice already held is stored with a warning. */
export async function importNoticeUpload(options: {
  db: Kysely<Database>;
  request: FastifyRequest;
  access: Access;
  year?: number | undefined;
  parentPlanId?: number | undefined;
}) {
  const { fileName, draft } = await readUploadedDraft(options.request, options.year);
  const duplicates = await findDuplicatePlans({ db: options.db, access: options.access, draft });
  draft.warnings.push(...duplicateWarnings(duplicates));
  return saveDraftPlan({
    issuingUnitId: options.access.actor.unitId ?? undefined,
    db: options.db,
    draft,
    sourceName: fileName,
    actor: options.access.actor,
    parentPlanId: options.parentPlanId ?? null,
  });
}
