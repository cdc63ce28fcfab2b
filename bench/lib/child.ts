/** Starting, asking and stopping a benchmark server process (serve.ts) from the parent. */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The server runs compiled, as `npm start` runs it: no TypeScript loader in its CPU or memory. */
const SERVE = join(ROOT, 'dist', 'bench', 'lib', 'serve.js');

let built = false;
/** Builds the project once per benchmark process (tsc into dist/, as `npm start` does). */
export function buildOnce(): void {
  if (built) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  built = true;
}

const serverMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), baseUrl: z.string() }),
  z.object({ type: z.literal('memory'), rss: z.number(), heapUsed: z.number() }),
]);
export type ServerMessage = z.infer<typeof serverMessage>;

function nextMessage(child: ChildProcess): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`server process exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(serverMessage.parse(message));
    });
  });
}

export async function startServer(
  databaseUrl: string,
  at?: string,
): Promise<{ child: ChildProcess; baseUrl: string }> {
  buildOnce();
  const child = fork(SERVE, at ? [databaseUrl, at] : [databaseUrl], {
    cwd: ROOT,
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child);
  if (ready.type !== 'ready') throw new Error('server process did not start');
  return { child, baseUrl: ready.baseUrl };
}

/** Resident set and V8 heap in use of the server process, in MB. */
export async function memoryMB(child: ChildProcess): Promise<{ rss: number; heap: number }> {
  const answer = nextMessage(child);
  child.send({ type: 'memory' });
  const m = await answer;
  if (m.type !== 'memory') throw new Error('expected a memory reply');
  return { rss: Math.round(m.rss / 1048576), heap: Math.round(m.heapUsed / 1048576) };
}

export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
