/**
 * The import corpus through the two ways a notice comes in: `duban import FILE... --dry-run --json`
 * and the upload preview of each engine. Both must give, form by form, the draft the reader and
 * parser give directly — the drafts corpus.golden.test.ts scores — and so the same scores.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDuban } from '../../test/cli.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { corpusDocuments } from '../import/corpus/corpus-files.js';
import { draftFromFile } from '../import/draft-from-file.js';
import type { PlanDraft } from '../import/draft.js';

const forms = corpusDocuments().flatMap((document) =>
  document.forms.map((path) => ({ path, name: basename(path) })),
);
const names = forms.map((f) => f.name);

/** Each form's draft read directly, as JSON carries it (undefined fields dropped). */
const direct = new Map<string, unknown>();
beforeAll(async () => {
  for (const { path, name } of forms) {
    const draft = await draftFromFile({ name, bytes: readFileSync(path) });
    direct.set(name, JSON.parse(JSON.stringify(draft)));
  }
}, 120_000);

describe('duban import --dry-run --json over the corpus', () => {
  const printed = new Map<string, PlanDraft>();
  beforeAll(async () => {
    // One command for the whole corpus: it prints an array of drafts, in the order given.
    const run = await runDuban([
      'import',
      ...forms.map((f) => relative(process.cwd(), f.path)),
      '--dry-run',
      '--json',
    ]);
    if (run.code !== 0) throw new Error(run.stderr);
    const drafts = JSON.parse(run.stdout) as PlanDraft[];
    forms.forEach((form, i) => printed.set(form.name, drafts[i] as PlanDraft));
  }, 300_000);

  it.each(names)('prints the draft the importer reads from %s', (name) => {
    expect(printed.get(name)).toBeDefined();
    expect(printed.get(name)).toEqual(direct.get(name));
  });
});

describe.each(engines)('the upload preview over the corpus on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  const previewed = new Map<string, PlanDraft>();
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
      previewed.set(form.name, ((await res.json()) as { draft: PlanDraft }).draft);
    }
  }, 300_000);
  afterAll(async () => t.close());

  it.each(names)('previews %s as the importer reads it', (name) => {
    expect(previewed.get(name)).toBeDefined();
    expect(previewed.get(name)).toEqual(direct.get(name));
  });
});
