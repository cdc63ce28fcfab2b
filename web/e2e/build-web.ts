/**
 * Vitest global setup of the browser tests: build web/dist when it is older than the sources, so
 * the tests see the current pages and back-to-back runs do not rebuild it under each other. The
 * build is the production one `npm start` serves: vitest's NODE_ENV=test would otherwise reach
 * the bundle (antd then gives every dialog the id 'test-id').
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { webBuildIsStale } from '../../scripts/web-build-state.js';

export default async function setup(): Promise<void> {
  if (!webBuildIsStale()) return;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
