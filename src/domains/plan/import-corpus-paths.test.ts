/**
 * The import corpus through the two ways a notice comes in: `duban import FILE --dry-run --json`
 * and the upload preview of each engine. Both must give the draft the reader and parser give
 * directly (which corpus.golden.test.ts scores), and so the same scores.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDuban } from '../../test/cli.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { corpusDocuments, type CorpusDocument } from '../import/corpus/corpus-files.js';
import { mean, scoreDraft } from '../import/corpus/score.js';
import { draftFromFile } from '../import/draft-from-file.js';
import type { PlanDraft } from '../import/draft.js';

const forms = corpusDocuments().flatMap((document) =>
  document.forms.map((path) => ({ document, path, name: basename(path) })),
);

async function direct(path: string): Promise<PlanDraft> {
  return draftFromFile({ name: basename(path), bytes: readFileSync(path) });
}

/** The drafts of one path in the corpus's order, and their mean score. */
function overall(drafts: { document: CorpusDocument; draft: PlanDraft }[]): number {
  return mean(drafts.map((d) => scoreDraft(d.document.expected, d.draft).overall)) ?? 0;
}

describe('duban import --dry-run --json over the corpus', () => {
  const drafts: { document: CorpusDocument; draft: PlanDraft; name: string }[] = [];
  beforeAll(async () => {
    // One command for the whole corpus: it prints an array of drafts, in the order given.
    const run = await runDuban([
      'import',
      ...forms.map((f) => relative(process.cwd(), f.path)),
      '--dry-run',
      '--json',
    ]);
    if (run.code !== 0) throw new Error(run.stderr);
    const printed = JSON.parse(run.stdout) as PlanDraft[];
    drafts.push(...forms.map((form, i) => ({ ...form, draft: printed[i] as PlanDraft })));
  }, 300_000);

  it.each(forms.map((f) => f.name))('prints the draft the importer reads from %s', async (name) => {
    const form = drafts.find((d) => d.name === name);
    const path = forms.find((f) => f.name === name)?.path ?? '';
    expect(form?.draft).toEqual(JSON.parse(JSON.stringify(await direct(path))));
  });

  it('scores at least 0.95 over the corpus', () => {
    expect(overall(drafts)).toBeGreaterThanOrEqual(0.95);
  });
});

describe.each(engines)('the upload preview over the corpus on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  const drafts: { document: CorpusDocument; draft: PlanDraft; name: string }[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind, (s) =>
      buildUser(s.store.db, { username: 'office', role: 'admin' }),
    );
    admin = await logInClient(t.baseUrl, 'office');
    for (const form of forms) {
      const body = new FormData();
      body.append('file', new Blob([readFileSync(form.path)]), form.name);
      const res = await fetch(`${t.baseUrl}/api/imports/preview`, {
        method: 'POST',
        headers: admin.auth,
        body,
      });
      if (res.status !== 200) throw new Error(`${form.name}: ${res.status} ${await res.text()}`);
      drafts.push({ ...form, draft: ((await res.json()) as { draft: PlanDraft }).draft });
    }
  }, 300_000);
  afterAll(async () => t.close());

  it.each(forms.map((f) => f.name))('previews %s as the importer reads it', async (name) => {
    const form = drafts.find((d) => d.name === name);
    const path = forms.find((f) => f.name === name)?.path ?? '';
    expect(form?.draft).toEqual(JSON.parse(JSON.stringify(await direct(path))));
  });

  it('scores at least 0.95 over the corpus', () => {
    expect(overall(drafts)).toBeGreaterThanOrEqual(0.95);
  });
});
