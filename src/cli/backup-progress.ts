/** Progress of a backup, restore or data migration on stderr: big tables every 10 000 rows. */
import type { BackupRecord } from '../platform/backup/format.js';

const every = 10_000;

export async function* withProgress(
  records: AsyncIterable<BackupRecord>,
  verb: string,
): AsyncGenerator<BackupRecord> {
  let table = '';
  let total = 0;
  let done = 0;
  for await (const record of records) {
    if (record.kind === 'table') {
      ({ name: table, rows: total } = record);
      done = 0;
    } else if (record.kind === 'row' && ++done % every === 0) {
      process.stderr.write(`${verb} ${table}: ${done}/${total}\n`);
    } else if (record.kind === 'end') {
      process.stderr.write(`${verb}: ${record.tables} tables, ${record.rows} rows\n`);
    }
    yield record;
  }
}
