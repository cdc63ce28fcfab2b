/**
 * Browser journeys against the real thing: the server process as `npm start` runs it (on a temp
 * SQLite file and a free port, with the sample plan loaded) and headless Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './browser-prerequisites';

export const adminPassword = 'e2e-admin-password';
export const sizes = {
  laptop: { width: 1366, height: 768 },
  desktop: { width: 1920, height: 1080 },
} as const;
export type Size = keyof typeof sizes;

const screenshotDir = join(process.cwd(), '.tmp', 'screenshots');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) at the given size, with one page open. */
  newPage(size?: Size): Promise<Page>;
  close(): Promise<void>;
}

function startServer(dir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.sqlite')}`,
      DUBAN_ADMIN_PASSWORD: adminPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      // The server's errors (pino levels 50 and 60) go to the test's output, to explain a failure.
      for (const line of d.toString().split('\n'))
        if (/"level":(50|60)/.test(line)) process.stderr.write(`server: ${line}\n`);
      const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found) resolve(found);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return { child, url };
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'duban-e2e-'));
  const server = startServer(dir);
  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  const close = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (server.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const baseUrl = await server.url;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const open = browser;
    const newPage = async (size: Size = 'laptop') => {
      const context = await open.newContext({
        viewport: sizes[size],
        locale: 'zh-CN',
        baseURL: baseUrl,
      });
      contexts.push(context);
      return context.newPage();
    };
    return { baseUrl, browser: open, newPage, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Logs in through the form, as a person would. */
export async function logIn(
  page: Page,
  username = 'admin',
  password = adminPassword,
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Saves `.tmp/screenshots/<name>-<width>x<height>.png` of the whole page. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const size = page.viewportSize();
  const path = join(screenshotDir, `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Calls the API as a logged-in user (cookie + CSRF header), for setting up what a test needs. */
export async function apiAs(
  baseUrl: string,
  username = 'admin',
  password = adminPassword,
): Promise<<T>(method: string, path: string, body?: unknown) => Promise<T>> {
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`log-in failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

export type Api = Awaited<ReturnType<typeof apiAs>>;

/** A task as GET /api/tasks lists it: the fields the browser tests read. */
export interface ApiTask {
  id: number;
  no: number;
  content: string;
  owners: { id: number; name: string }[];
  leader: { id: number; name: string } | null;
  deadline: { due: string | null };
  version: number;
}

/** An account to create for a person of the sample plan, found by name. */
export interface Account {
  username: string;
  password: string;
  role: string;
  person: string;
}

/** 张家水, who supervises several of 柏春艳's tasks in the sample plan. */
export const zhangJiashui: Account = {
  username: 'zhangjiashui',
  password: 'leader-password',
  role: 'leader',
  person: '张家水',
};
/** 柏春艳, an owner supervised by 张家水. */
export const baiChunyan: Account = {
  username: 'baichunyan',
  password: 'owner-password',
  role: 'owner',
  person: '柏春艳',
};

/** Creates the accounts through the API, each tied to the person of that name. */
export async function createAccounts(admin: Api, accounts: Account[]): Promise<void> {
  const people = await admin<{ items: { id: number; name: string }[] }>(
    'GET',
    '/api/people?limit=100',
  );
  for (const { username, password, role, person } of accounts)
    await admin('POST', '/api/users', {
      username,
      password,
      role,
      personId: people.items.find((p) => p.name === person)?.id,
    });
}
