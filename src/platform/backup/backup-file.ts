/**
 * Backup files: the records of format.ts as gzip'd JSON lines. Written to a temporary name and
 * renamed when complete, so a crash never leaves a half file under the final name. Reading turns
 * gzip and JSON damage into one clear error naming the file.
 */
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { AppError } from '../errors.js';
import { readRecords, recordLine, type BackupRecord } from './format.js';

/** Lines joined into chunks of about 64 KB: one zlib call per line would dominate the run time. */
async function* chunks(records: AsyncIterable<BackupRecord>): AsyncGenerator<string> {
  let chunk = '';
  for await (const record of records) {
    chunk += `${recordLine(record)}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export async function writeBackupFile(
  path: string,
  records: AsyncIterable<BackupRecord>,
): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await pipeline(Readable.from(chunks(records)), createGzip(), createWriteStream(partial));
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

const unreadable = (path: string, why: string) =>
  new AppError(
    'unprocessable',
    `无法读取备份文件 ${path}：${why} / cannot read the backup file ${path}: ${why}`,
  );

async function* fileLines(path: string): AsyncGenerator<string> {
  const file = createReadStream(path);
  const input = file.pipe(createGunzip());
  file.on('error', (error) => input.destroy(error));
  // readline passes the input's errors (a missing file, gzip damage) on to the iteration.
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) yield line;
  } catch (error) {
    throw unreadable(path, error instanceof Error ? error.message : String(error));
  } finally {
    reader.close();
    file.destroy();
    input.destroy();
  }
}

/** The checked records of a backup file; throws AppError (unprocessable) at the first problem. */
export function readBackupFile(path: string): AsyncGenerator<BackupRecord> {
  return readRecords(fileLines(path));
}
