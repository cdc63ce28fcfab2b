/**
 * Reads uploaded notices off the request thread. Mammoth, the HTML reader and the parser are
 * synchronous: a hostile file must not stall every other request, nor take the process down.
 * So one worker thread with a heap cap does the reading, a timer ends it when the time budget
 * is spent, and a crashed or ended worker is replaced by the next job. Jobs wait their turn;
 * when too many wait, the upload is refused as busy.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type ErrorDetail } from '../../platform/errors.js';
import type { DraftFromFileOptions, Preview } from './draft-from-file.js';

export interface PreviewBudget {
  /** Wall time from handing the job over to its answer. */
  timeMs: number;
  /** The worker's heap (V8 old generation). */
  memoryMb: number;
}

export const defaultPreviewBudget: PreviewBudget = { timeMs: 15_000, memoryMb: 512 };

/** Uploads waiting behind the one being read; more are refused with 429. */
const MAX_WAITING = 8;
/** An idle worker is ended after this long, giving its memory back. */
const IDLE_MS = 5 * 60_000;

export type PreviewReply =
  | { ok: true; preview: Preview }
  | { ok: false; code: ErrorCode; message: string; details: ErrorDetail[] };

interface Job {
  file: DraftFromFileOptions;
  budget: PreviewBudget;
  resolve(preview: Preview): void;
  reject(error: Error): void;
}

export class PreviewRunner {
  private worker: Worker | undefined;
  /** The heap cap the current worker was started with. */
  private workerMemoryMb = 0;
  private running: Job | undefined;
  private readonly waiting: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly budget: PreviewBudget = defaultPreviewBudget) {}

  /** Reads one file; `budget` overrides this runner's for this job. */
  run(file: DraftFromFileOptions, budget: Partial<PreviewBudget> = {}): Promise<Preview> {
    if (this.waiting.length >= MAX_WAITING) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      this.waiting.push({ file, budget: { ...this.budget, ...budget }, resolve, reject });
      this.next();
    });
  }

  /** Ends the worker; jobs still waiting are refused. */
  async close(): Promise<void> {
    for (const job of this.waiting.splice(0)) job.reject(busy());
    this.finish(undefined, busy());
    await this.stopWorker();
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return this.idle();
    clearTimeout(this.idleTimer);
    this.running = job;
    const worker = this.ensureWorker(job.budget.memoryMb);
    this.timer = setTimeout(() => this.fail(overTime(job.budget.timeMs)), job.budget.timeMs);
    worker.postMessage(job.file);
  }

  private ensureWorker(memoryMb: number): Worker {
    if (this.worker && this.workerMemoryMb === memoryMb) return this.worker;
    void this.stopWorker();
    const worker = startWorker(memoryMb);
    this.worker = worker;
    this.workerMemoryMb = memoryMb;
    worker.on('message', (reply: PreviewReply) => this.answer(reply));
    worker.on('error', (error) => this.fail(crashed(error, memoryMb), worker));
    worker.on('exit', () => this.fail(crashed(undefined, memoryMb), worker));
    worker.unref();
    return worker;
  }

  private answer(reply: PreviewReply): void {
    if (reply.ok) this.finish(reply.preview);
    else this.finish(undefined, new AppError(reply.code, reply.message, reply.details));
    this.next();
  }

  /** The running job failed with the worker: end that worker; the next job starts a new one. */
  private fail(error: AppError, worker = this.worker): void {
    if (worker !== this.worker) return;
    void this.stopWorker();
    this.finish(undefined, error);
    this.next();
  }

  private finish(preview: Preview | undefined, error?: Error): void {
    const job = this.running;
    clearTimeout(this.timer);
    this.running = undefined;
    if (!job) return;
    if (error) job.reject(error);
    else if (preview) job.resolve(preview);
  }

  private idle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.stopWorker(), IDLE_MS).unref();
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

/**
 * From compiled JavaScript the worker is preview-worker.js beside this file; when the sources
 * run as TypeScript (tests, tsx), the worker loads its module through tsx the same way.
 */
function startWorker(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./preview-worker.js', import.meta.url), { resourceLimits });
  const entry = JSON.stringify(new URL('./preview-worker.ts', import.meta.url).href);
  const source = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${entry}, ${entry}))`;
  return new Worker(source, { eval: true, resourceLimits });
}

function busy(): AppError {
  return new AppError(
    'rate_limited',
    '正在读取的文件较多，请稍后再试 / too many files are being read; try again shortly',
    [],
    5,
  );
}

function overTime(ms: number): AppError {
  const seconds = Math.round(ms / 1000);
  return new AppError(
    'unprocessable',
    `文件过于复杂：${seconds} 秒内未能读完，请拆分或另存为纯文本后再导入 / ` +
      `the file is too complex: it could not be read within ${seconds} s; split it or save it as plain text`,
    [{ field: 'file', message: `not read within ${seconds} s` }],
  );
}

function crashed(error: Error | undefined, memoryMb: number): AppError {
  const outOfMemory =
    error !== undefined && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
  if (!outOfMemory)
    return new AppError('internal', '读取文件时出错 / reading the file failed', [
      { field: 'file', message: error?.message ?? 'the reader stopped' },
    ]);
  return new AppError(
    'unprocessable',
    `文件过于复杂：读取所需内存超过 ${memoryMb} MB，请拆分后再导入 / ` +
      `the file is too complex: reading it needs more than ${memoryMb} MB; split it`,
    [{ field: 'file', message: `needs more than ${memoryMb} MB to read` }],
  );
}
