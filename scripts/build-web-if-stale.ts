/**
 * `npm start`: builds the web app when web/dist is missing or older than its sources, so a fresh
 * checkout serves the current pages.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../src/platform/paths.js';
import { webBuildIsStale } from './web-build-state.js';

if (webBuildIsStale()) {
  process.stdout.write('building the web app (web/dist)…\n');
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
