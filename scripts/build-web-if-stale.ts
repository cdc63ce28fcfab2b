/**
 * `npm start`: builds the web app when web/dist is missing or older than anything under web/
 * (sources, index.html, the Vite config), so a fresh checkout serves the current pages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/platform/paths.js';

const web = join(projectRoot, 'web');
const built = join(web, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'e2e' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function webBuildIsStale(): boolean {
  return !existsSync(built) || statSync(built).mtimeMs < newestSource(web);
}

if (webBuildIsStale()) {
  process.stdout.write('building the web app (web/dist)…\n');
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
