/** `duban import FILE... [--dry-run] [--json] [--year N]` */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { draftFromFile } from '../domains/import/draft-from-file.js';
import type { PlanDraft } from '../domains/import/draft.js';
import { duplicateWarnings, findDuplicatePlans } from '../domains/plan/find-duplicate-plans.js';
import { saveDraftPlan } from '../domains/plan/save-draft-plan.js';
import { OFFICE_MAX_BYTES } from '../domains/import/readers/limits.js';
import { loadConfig } from '../platform/config.js';
import { migrateToLatest, openStore } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';

export interface ImportCommandOptions {
  files: string[];
  dryRun?: boolean;
  json?: boolean;
  year?: number;
}

interface Read {
  file: string;
  draft: PlanDraft;
}

/** Every file is read first, so a bad one stops the command before anything is stored. */
export async function importCommand(options: ImportCommandOptions): Promise<void> {
  const several = options.files.length > 1;
  const reads: Read[] = [];
  for (const file of options.files) {
    reads.push({ file, draft: await readDraft(file, options.year, several) });
  }
  if (options.dryRun) {
    const drafts = reads.map((r) => r.draft);
    process.stdout.write(
      options.json
        ? `${JSON.stringify(several ? drafts : drafts[0], null, 2)}\n`
        : reads.map((r) => (several ? `${r.file}\n` : '') + summary(r.draft)).join(''),
    );
    return;
  }
  const store = openStore(loadConfig().databaseUrl);
  try {
    await migrateToLatest(store);
    for (const { file, draft } of reads) {
      const duplicates = await findDuplicatePlans({ db: store.db, access: null, draft });
      draft.warnings.push(...duplicateWarnings(duplicates));
      const { planId } = await saveDraftPlan({ db: store.db, draft, sourceName: basename(file) });
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ planId, draft })}\n`
          : `${summary(draft)}已导入为草稿 / imported as draft plan ${planId}\n`,
      );
    }
  } finally {
    await store.close();
  }
}

async function readDraft(
  file: string,
  year: number | undefined,
  several: boolean,
): Promise<PlanDraft> {
  try {
    return await draftFromFile({
      name: file,
      bytes: await readInput(file),
      ...(year ? { year } : {}),
    });
  } catch (error) {
    // With several files, the message says which one.
    if (several && error instanceof AppError) error.message = `${file}: ${error.message}`;
    throw error;
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError('bad_request', `找不到文件 / no such file: ${file}`);
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > OFFICE_MAX_BYTES)
    throw new AppError('too_large', `文件过大 / file too large: ${file}`);
  return readFile(file);
}

function summary(draft: PlanDraft): string {
  const lines = [
    `${draft.plan.title}（${draft.plan.year}）${draft.notice.docNumber ?? ''}`,
    `  重点工作 key tasks: ${draft.keyTasks.length}  部分 sections: ${draft.sections.length}  条目 items: ${draft.items.length}  任务 tasks: ${draft.tasks.length}  指标 targets: ${draft.targets.length}`,
    ...draft.warnings.map((w) => `  ⚠ ${w.about}: ${w.whyZh}`),
  ];
  return `${lines.join('\n')}\n`;
}
