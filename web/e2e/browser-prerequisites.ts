/**
 * Vitest global setup of the browser tests, run before the web app is built: they need Chromium at
 * /usr/bin/chromium and a CJK font (the pages and the bulletins' charts are in Chinese). Where one
 * is missing, the run stops at once with one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';

function canRun(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The fonts fontconfig knows for Chinese; undefined when fontconfig itself is missing. */
function chineseFonts(): string | undefined {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

export default function setup(): void {
  const missing: string[] = [];
  const packages = ['chromium', 'fonts-noto-cjk'];
  if (!canRun(chromiumPath)) missing.push(chromiumPath);
  const fonts = chineseFonts();
  if (fonts === undefined) {
    missing.push('fc-list');
    packages.push('fontconfig');
  } else if (fonts === '') {
    missing.push('a CJK font (fc-list :lang=zh)');
  }
  if (missing.length === 0) return;
  const message =
    `The browser tests need ${missing.join(' and ')}: apt-get install -y ${packages.join(' ')} ` +
    `(or run only the server tests: npx vitest run --project server)`;
  const error = new Error(message);
  error.stack = message;
  throw error;
}
