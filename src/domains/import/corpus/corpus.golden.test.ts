/**
 * The import corpus: every notice (and its PDF and Word forms) imported and scored against its
 * hand-written expectation. The run fails below 0.95 overall or below 1 on the worked example;
 * the scores per document and per shape are printed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftFromFile } from '../draft-from-file.js';
import { corpusDocuments, workedExample, type CorpusDocument } from './corpus-files.js';
import { differences, mean, parts, scoreDraft, type Score } from './score.js';

interface Result {
  document: CorpusDocument;
  form: string;
  score: Score;
  differences: string[];
}

const documents = corpusDocuments();

async function importForm(document: CorpusDocument, path: string): Promise<Result> {
  const draft = await draftFromFile({ name: basename(path), bytes: readFileSync(path) });
  return {
    document,
    form: basename(path),
    score: scoreDraft(document.expected, draft),
    differences: differences(document.expected, draft),
  };
}

const cell = (value: number | null) => (value === null ? '   - ' : value.toFixed(2).padStart(5));

function report(results: Result[]): string {
  const header = ['form'.padEnd(48), ...parts.map((p) => p.slice(0, 5).padStart(5)), 'total'];
  const rows = results.map((r) =>
    [r.form.padEnd(48), ...parts.map((p) => cell(r.score[p])), cell(r.score.overall)].join(' '),
  );
  const shapes = [...new Set(results.flatMap((r) => r.document.expected.shapes))].sort();
  const byShape = shapes.map((shape) => {
    const of = results.filter((r) => r.document.expected.shapes.includes(shape));
    return `${shape.padEnd(24)} ${cell(mean(of.map((r) => r.score.overall)))}  (${of.length} forms)`;
  });
  const below = results
    .filter((r) => r.score.overall < 1)
    .map((r) => [`${r.form}:`, ...r.differences.map((d) => `  ${d}`)].join('\n'));
  return [header.join(' '), ...rows, '', 'by shape:', ...byShape, '', ...below].join('\n');
}

describe('the import corpus', () => {
  const results: Result[] = [];
  beforeAll(async () => {
    for (const document of documents) {
      for (const form of document.forms) results.push(await importForm(document, form));
    }
    console.log(report(results));
  }, 120_000);

  it('holds at least 25 notices besides the worked example, each shape at least twice', () => {
    expect(documents.length).toBeGreaterThanOrEqual(26);
    const counts = new Map<string, number>();
    for (const d of documents)
      for (const s of d.expected.shapes) counts.set(s, (counts.get(s) ?? 0) + 1);
    const rare = [...counts].filter(([shape, n]) => shape !== 'worked-example' && n < 2);
    expect(rare).toEqual([]);
  });

  it('imports the worked example exactly, in every form', () => {
    const example = results.filter((r) => r.document.slug === workedExample);
    expect(example.length).toBeGreaterThanOrEqual(4);
    expect(example.map((r) => [r.form, r.score.overall])).toEqual(example.map((r) => [r.form, 1]));
  });

  it('scores at least 0.95 over the whole corpus', () => {
    const overall = mean(results.map((r) => r.score.overall)) ?? 0;
    expect(overall).toBeGreaterThanOrEqual(0.95);
  });
});
