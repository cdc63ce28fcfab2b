/**
 * Vitest global setup of the browser tests: build web/dist when it is older than the sources, so
 * the tests see the current pages and back-to-back runs do not rebuild it under each other.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { webBuildIsStale } from '../../scripts/web-build-state.js';

export default async function setup(): Promise<void> {
  if (!webBuildIsStale()) return;
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
