/** `duban backup -o FILE`: a consistent copy of DATABASE_URL, taken while the server runs. */
import { writeBackupFile } from '../platform/backup/backup-file.js';
import { dumpDatabase } from '../platform/backup/dump.js';
import { loadConfig } from '../platform/config.js';
import { withProgress } from './backup-progress.js';

export async function backupCommand(options: { output: string }): Promise<void> {
  const records = dumpDatabase(loadConfig().databaseUrl, new Date().toISOString());
  await writeBackupFile(options.output, withProgress(records, '备份 / backup'));
  process.stdout.write(`备份完成 / backup written: ${options.output}\n`);
}
