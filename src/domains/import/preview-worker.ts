/**
 * The worker thread that reads and parses uploaded notices (preview-runner.ts starts it): one
 * job at a time, answered with the draft or with the error a user can act on.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../platform/errors.js';
import { previewFromFile, type DraftFromFileOptions } from './draft-from-file.js';
import type { PreviewReply } from './preview-runner.js';

const port = parentPort;
if (!port) throw new Error('preview-worker runs only as a worker thread');

port.on('message', (job: DraftFromFileOptions) => {
  void answer(job).then((reply) => port.postMessage(reply));
});

async function answer(job: DraftFromFileOptions): Promise<PreviewReply> {
  try {
    return { ok: true, preview: await previewFromFile(job) };
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, code: error.code, message: error.message, details: error.details };
    return { ok: false, code: 'internal', message: String(error), details: [] };
  }
}
