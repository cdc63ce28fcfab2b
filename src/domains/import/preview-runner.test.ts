/**
 * The worker that reads uploads: over its time budget or its heap, the job gets a clear error,
 * the worker is replaced, and the next job is read as usual.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { PreviewRunner } from './preview-runner.js';
import { fixture } from './readers/test-support.js';

const workedExample = () => ({
  name: 'notice.txt',
  bytes: fixture('chuzhou-cast-2017-workplan.txt'),
});

/** The AppError a job was refused with. */
async function refusal(job: Promise<unknown>): Promise<AppError> {
  const error = await job.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('PreviewRunner', () => {
  const runner = new PreviewRunner();
  afterAll(() => runner.close());

  it('reads a notice in the worker', async () => {
    const { draft, source } = await runner.run(workedExample());
    expect(draft.plan).toEqual({ title: '滁州市科协2017年工作要点', year: 2017 });
    expect(source.length).toBeGreaterThan(100);
  });

  it('passes on the reader’s own errors unchanged', async () => {
    const error = await refusal(
      runner.run({ name: 'x.docx', bytes: new TextEncoder().encode('not a zip') }),
    );
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain('docx');
  });

  it('ends a job over its time budget, then reads the next one', async () => {
    const error = await refusal(runner.run(workedExample(), { timeMs: 1 }));
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain('秒内未能读完');
    const { draft } = await runner.run(workedExample());
    expect(draft.tasks).toHaveLength(10);
  });

  it('ends a job that needs more than its heap, without harm to this process', async () => {
    const big = new TextEncoder().encode('一、工作要点\n'.repeat(15_000));
    const error = await refusal(runner.run({ name: 'big.txt', bytes: big }, { memoryMb: 4 }));
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain('内存超过 4 MB');
    const { draft } = await runner.run(workedExample());
    expect(draft.tasks).toHaveLength(10);
  });

  it('refuses uploads beyond the waiting line as busy (429)', async () => {
    const jobs = Array.from({ length: 12 }, () =>
      runner.run(workedExample()).catch((e: unknown) => e),
    );
    const results = await Promise.all(jobs);
    const refused = results.filter((r) => r instanceof AppError && r.code === 'rate_limited');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(refused.every((r) => r instanceof AppError && r.retryAfterSeconds === 5)).toBe(true);
    expect(results.length - refused.length).toBeGreaterThanOrEqual(9);
  });
});
