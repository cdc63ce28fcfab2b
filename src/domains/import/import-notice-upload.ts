/**
 * Reads one uploaded notice from a multipart request (field `file`), parses it and stores it as a
 * draft plan. Shared by the preview and the import routes so both enforce the same caps.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { draftFromFile } from './draft-from-file.js';
import type { PlanDraft } from './draft.js';
import { saveDraftPlan } from './save-draft-plan.js';

export async function readUploadedDraft(
  request: FastifyRequest,
  year?: number,
): Promise<{ fileName: string; draft: PlanDraft }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'bad_request',
      '请以 multipart/form-data 上传文件 / upload the file as multipart/form-data',
      [{ field: 'file', message: 'expected multipart/form-data' }],
    );
  }
  const file = await request.file();
  if (!file || file.fieldname !== 'file') {
    throw new AppError('bad_request', '缺少文件字段 file / missing the file field', [
      { field: 'file', message: 'required' },
    ]);
  }
  const bytes = await file.toBuffer();
  // busboy may flag truncation only after the last chunk, so toBuffer can return a cut file.
  if (file.file.truncated) {
    throw new AppError('too_large', '文件过大（上限 20 MB）/ file too large (limit 20 MB)', [
      { field: 'file', message: 'too large' },
    ]);
  }
  const draft = await draftFromFile({
    name: file.filename,
    bytes,
    ...(year === undefined ? {} : { year }),
  });
  return { fileName: file.filename, draft };
}

export async function importNoticeUpload(options: {
  db: Kysely<Database>;
  request: FastifyRequest;
  actor: Actor;
  year?: number | undefined;
  parentPlanId?: number | undefined;
}) {
  const { fileName, draft } = await readUploadedDraft(options.request, options.year);
  return saveDraftPlan({
    issuingUnitId: options.actor.unitId ?? undefined,
    db: options.db,
    draft,
    sourceName: fileName,
    actor: options.actor,
    parentPlanId: options.parentPlanId ?? null,
  });
}
