/**
 * The OpenAPI document's shape: real success statuses, the shared error schema, a response
 * schema for every answer, multipart uploads, If-Match on versioned writes; and the rule that
 * keeps statuses in one place (routes declare them in config, never set a literal one).
 * openapi.property.test.ts checks the document against the running API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import {
  operationsOf,
  type OpenApiDocument,
  type Operation,
} from '../../test/openapi-conformance.js';
import { projectRoot } from '../paths.js';

/** Literal success statuses set by a handler in a file this document does not own. */
const knownLiteralStatuses: string[] = [];

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: Map<string, Operation>;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    doc = (await (await fetch(`${t.baseUrl}/api/openapi.json`)).json()) as OpenApiDocument;
    operations = new Map(operationsOf(doc).map((op) => [`${op.method} ${op.path}`, op]));
  });
  afterAll(async () => t.close());

  const op = (key: string) => {
    const found = operations.get(key);
    if (!found) throw new Error(`${key} is not documented`);
    return found;
  };
  const successes = (key: string) =>
    Object.keys(op(key).responses).filter((status) => Number(status) < 400);

  it('documents the success status each route answers', () => {
    expect(successes('POST /api/units')).toEqual(['201']);
    expect(successes('POST /api/tokens')).toEqual(['201']);
    expect(successes('POST /api/plans/import')).toEqual(['201']);
    expect(successes('POST /api/plans/{id}/publish')).toEqual(['200']);
    expect(successes('DELETE /api/tokens/{id}')).toEqual(['204']);
    expect(successes('DELETE /api/webhooks/{id}')).toEqual(['204']);
    expect(successes('DELETE /api/session')).toEqual(['204']);
    expect(successes('POST /api/tasks/{id}/reports')).toEqual(['200', '201']);
    expect(successes('GET /api/plans/{id}/dashboard')).toEqual(['200', '304']);
    expect(op('DELETE /api/tokens/{id}').responses['204']?.content).toBeUndefined();
  });

  it('documents the errors of every operation with the one shared Error schema', () => {
    const error = { $ref: '#/components/schemas/Error' };
    for (const [key, operation] of operations) {
      const errors = Object.entries(operation.responses).filter(
        ([status]) => Number(status) >= 400,
      );
      expect(
        errors.map(([status]) => status),
        key,
      ).toEqual(expect.arrayContaining(['400', '401']));
      for (const [, response] of errors)
        expect(response.content?.['application/json']?.schema, key).toEqual(error);
    }
    expect(Object.keys(op('PATCH /api/tasks/{id}').responses)).toEqual(
      expect.arrayContaining(['403', '404', '409', '412', '413', '422', '428']),
    );
    expect(Object.keys(op('POST /api/session').responses)).toContain('429');
    expect(doc.components?.schemas?.Error).toMatchObject({ required: ['error'] });
  });

  it('gives every answer with a body a schema: lists, records, files', () => {
    for (const [key, operation] of operations)
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === '204' || status === '304') continue;
        const media = Object.values(response.content ?? {});
        expect(media.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const m of media) expect(m.schema, `${key} ${status}`).toBeDefined();
      }
    const list = op('GET /api/plans').responses['200']?.content?.['application/json']?.schema;
    expect(list).toMatchObject({ required: ['items', 'total'] });
    const files = (key: string) => Object.keys(op(key).responses['200']?.content ?? {});
    expect(files('GET /api/plans/{id}/assessment.docx')).toEqual([docx]);
    expect(files('GET /api/plans/{id}/table.xlsx')).toEqual([xlsx]);
    expect(files('GET /api/bulletins/{id}/document')).toEqual([docx, xlsx, 'text/html']);
  });

  it('documents the three uploads as multipart/form-data with their file', () => {
    for (const key of [
      'POST /api/imports/preview',
      'POST /api/plans/import',
      'POST /api/ledger/{id}/attachments',
    ]) {
      const schema = op(key).body?.content['multipart/form-data']?.schema;
      expect(schema, key).toMatchObject({
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      });
    }
  });

  it('documents If-Match on versioned writes, and lets a bare state change leave its body out', () => {
    const headers = (key: string) =>
      op(key)
        .parameters.filter((p) => p.in === 'header')
        .map((p) => p.name);
    expect(headers('PATCH /api/tasks/{id}')).toContain('if-match');
    expect(headers('POST /api/plans/{id}/publish')).toEqual(['idempotency-key', 'if-match']);
    expect(headers('PUT /api/tasks/{id}/alignment')).not.toContain('if-match');
    expect(op('POST /api/plans/{id}/publish').body?.required).toBe(false);
    expect(op('PATCH /api/tasks/{id}').body?.required).toBe(true);
  });

  it('marks exactly the public operations as needing no credentials', () => {
    const open = [...operations].filter(([, o]) => !o.secured).map(([key]) => key);
    expect(open.sort()).toEqual(['DELETE /api/session', 'GET /api/health', 'POST /api/session']);
  });

  it('keeps success statuses in route config: no handler sets a literal one', () => {
    const domains = join(projectRoot, 'src', 'domains');
    const literal = readdirSync(domains, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.routes.ts'))
      .flatMap((file) =>
        readFileSync(join(domains, file), 'utf8')
          .split('\n')
          .filter((line) => /reply\.(status|code)\(\s*\d{3}\s*\)/.test(line))
          .map((line) => `src/domains/${file}: ${line.trim()}`),
      );
    expect(literal.filter((l) => !knownLiteralStatuses.includes(l))).toEqual([]);
  });
});
