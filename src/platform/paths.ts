/** Paths inside the installed project, the same whether running from src/ (tsx) or dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + start);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

export const samplePlanPath = join(projectRoot, 'sample', 'chuzhou-cast-2017-workplan.txt');

/** The built web app (`npm run build:web`). */
export const webDistPath = join(projectRoot, 'web', 'dist');
