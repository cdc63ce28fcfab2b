/**
 * The import corpus on disk: every `*.expected.json` in this folder names its source file, and
 * the same notice may sit beside it as .pdf and .doc. The worked example joins it from
 * ../fixtures with its text, HTML and Word forms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Expectation } from './score.js';

export interface CorpusDocument {
  slug: string;
  expected: Expectation & { shapes: string[]; level?: string; body?: string };
  /** Absolute paths of the notice's forms: the source first, then .pdf/.doc/.docx forms. */
  forms: string[];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const workedExample = 'chuzhou-cast-2017-workplan';

const binaryForms = ['.pdf', '.doc', '.wps', '.docx'];

export function corpusDocuments(): CorpusDocument[] {
  const slugs = readdirSync(here)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => name.slice(0, -'.expected.json'.length))
    .sort();
  return [workedExampleDocument(), ...slugs.map((slug) => corpusDocument(slug))];
}

function corpusDocument(slug: string): CorpusDocument {
  const expected = readJson(`${here}${slug}.expected.json`) as CorpusDocument['expected'] & {
    file: string;
  };
  const source = `${here}${expected.file}`;
  const others = binaryForms.map((ext) => `${here}${slug}${ext}`).filter((p) => p !== source);
  return { slug, expected, forms: [source, ...others.filter((p) => existsSync(p))] };
}

function workedExampleDocument(): CorpusDocument {
  const expected = readJson(
    `${fixtures}${workedExample}.expected.json`,
  ) as CorpusDocument['expected'];
  const forms = ['.txt', '.gbk.txt', '.html', '.docx', '.pdf', '.doc']
    .map((ext) => `${fixtures}${workedExample}${ext}`)
    .filter((p) => existsSync(p));
  return { slug: workedExample, expected: { ...expected, shapes: ['worked-example'] }, forms };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
