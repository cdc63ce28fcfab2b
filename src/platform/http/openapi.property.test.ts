/**
 * The API against its own OpenAPI document, in the manner of Schemathesis: for every documented
 * operation, requests generated from its parameter and body schemas (valid ones, and ones with a
 * deliberate fault: a wrong type, a bound, a missing field, odd unicode, an unknown id) go over
 * HTTP to the real server on the worked example, as an administrator (API token) and sometimes
 * without credentials. Every answer must be below 500, carry a status the operation documents
 * and a body that validates against the schema documented for it; a request the document
 * rejects must not succeed.
 *
 * Seeded and bounded: OPENAPI_SEED (a failure names its seed and round, and prints the request),
 * OPENAPI_CASES cases per operation, OPENAPI_BUDGET_MS for the whole run. OPENAPI_DEBUG=1 prints
 * the statuses each operation answered.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdPool } from '../../test/id-pool.js';
import { engines } from '../../test/stores.js';
import type { Upload } from '../../test/openapi-cases.js';
import type { OpenApiDocument } from '../../test/openapi-conformance.js';
import { runProperties } from '../../test/openapi-property-run.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';
import { createApiToken } from '../auth/credentials.js';
import { samplePlanPath } from '../paths.js';

const seed = Number(process.env.OPENAPI_SEED ?? 20170201);
const casesPerOperation = Number(process.env.OPENAPI_CASES ?? 30);
const budgetMs = Number(process.env.OPENAPI_BUDGET_MS ?? 60_000);

const uploads: Upload[] = [
  { name: 'notice.txt', bytes: readFileSync(samplePlanPath) },
  { name: '台账佐证.txt', bytes: new TextEncoder().encode('2017年9月 科普活动 签到表\n') },
  {
    name: 'pixel.png',
    bytes: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  },
  { name: 'empty.pdf', bytes: new Uint8Array() },
];

describe.each(engines)('the API against its OpenAPI document (%s)', (kind) => {
  let ex: ExampleApp;
  beforeAll(async () => {
    ex = await startWorkedExampleApp(kind, { today: '2017-09-30', audited: [] });
  });
  afterAll(async () => ex.t.close());

  it(
    'answers generated requests with documented statuses and bodies matching their schemas',
    { timeout: budgetMs + 60_000 },
    async () => {
      const admin = ex.userIds.admin;
      const token = await createApiToken(ex.db, { name: 'run', userId: admin, createdBy: admin });
      const plan = await ex.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
      const ids = new IdPool();
      await ids.seed(ex.db);
      // The run must not lock its own administrator out (its account and token are left alone),
      // and keeps the worked example's plan open so that later cases still reach its tasks.
      ids.protect('users', admin);
      ids.protect('tokens', token.id);
      const res = await fetch(`${ex.t.baseUrl}/api/openapi.json`);
      const result = await runProperties({
        baseUrl: ex.t.baseUrl,
        doc: (await res.json()) as OpenApiDocument,
        token: token.token,
        seed,
        casesPerOperation,
        budgetMs,
        ids,
        uploads,
        protectedPaths: [
          `/api/users/${admin}`,
          `/api/tokens/${token.id}`,
          `/api/plans/${plan.id}/close`,
        ],
        knownFailures: [],
      });
      console.info(
        `property run (${kind}): seed ${seed}, ${result.cases} requests over ${result.operations} operations ` +
          `in ${result.seconds} s; known failures excused: ${JSON.stringify(result.excused)}`,
      );
      if (process.env.OPENAPI_DEBUG) console.info(result.statuses);
      expect(result.operations).toBeGreaterThan(100);
      expect(result.findings).toEqual([]);
    },
  );
});
