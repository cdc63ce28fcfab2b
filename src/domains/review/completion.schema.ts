/** Inputs of the completion-request routes (办结申请). */
import { z } from 'zod';
import { limits } from '../../platform/limits.js';
import { positiveInt } from '../../platform/positive-int.js';

export const completionNoteLength = 2000;

const comment = z.string().trim().max(limits.textLength);

export const requestCompletionBody = z.object({
  note: z.string().trim().min(1).max(completionNoteLength),
});
export type RequestCompletionInput = z.infer<typeof requestCompletionBody>;

/** Nullish: Fastify hands a POST without a body to validation as null; If-Match then carries the version. */
export const confirmCompletionBody = z
  .object({ comment: comment.optional(), version: positiveInt.optional() })
  .nullish();
export const returnCompletionBody = z.object({
  comment: comment.min(1),
  version: positiveInt.optional(),
});
