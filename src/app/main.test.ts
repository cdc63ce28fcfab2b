/** Starts the real server process the way `npm start` does and checks its life cycle. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logInClient } from '../test/factories.js';

const dir = mkdtempSync(join(tmpdir(), 'duban-main-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave a server running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitFor(check: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start', () => {
  it('stops with exit 2 and names the variable when the configuration is invalid', async () => {
    const server = start({ PORT: 'not-a-port' });
    expect(await server.exit).toBe(2);
    expect(server.output()).toMatch(/PORT/);
  });

  it('creates the admin with a printed password, loads the sample plan, serves it and shuts down on SIGTERM', async () => {
    const server = start({
      PORT: '0',
      DATABASE_URL: `sqlite:${join(dir, 'main.sqlite')}`,
      DUBAN_ADMIN_PASSWORD: '',
    });
    await waitFor(() => /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(server.output()));
    const password = /admin \/ ([A-Za-z0-9_-]{16})/.exec(server.output())?.[1];
    expect(password).toBeDefined();
    const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.output())?.[1] ?? '';
    expect((await fetch(`${url}/api/plans`)).status).toBe(401);
    const admin = await logInClient(url, 'admin', password);
    const body = (await (await admin.get('/api/plans')).json()) as {
      items: { title: string; taskCount: number }[];
    };
    expect(body.items.map((p) => [p.title, p.taskCount])).toEqual([
      ['滁州市科协2017年工作要点', 10],
    ]);
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });
});
