/**
 * `duban migrate-data --from URL --to URL`: the backup stream without a file, e.g. from the
 * embedded SQLite file to PostgreSQL. The target must be empty; the source is read from one
 * consistent point in time.
 */
import { dumpDatabase } from '../platform/backup/dump.js';
import { AppError } from '../platform/errors.js';
import { restoreInto } from './restore-command.js';

/** The same forms DATABASE_URL takes (platform/config.ts). */
function checkedUrl(option: string, url: string): string {
  if (url.startsWith('sqlite:') || /^postgres(ql)?:\/\/.+/.test(url)) return url;
  throw new AppError(
    'bad_request',
    `${option} 应为 sqlite:PATH 或 postgres://… / ${option} must be sqlite:PATH or postgres://user@host:port/db`,
  );
}

export async function migrateDataCommand(options: { from: string; to: string }): Promise<void> {
  const from = checkedUrl('--from', options.from);
  const to = checkedUrl('--to', options.to);
  if (from === to)
    throw new AppError(
      'bad_request',
      '--from 与 --to 相同 / --from and --to are the same database',
    );
  await restoreInto(to, dumpDatabase(from, new Date().toISOString()));
}
