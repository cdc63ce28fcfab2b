/** Inputs of the bulletin routes and command: a month of the plan's year, a kind, a format. */
import { z } from 'zod';
import { bulletinFormats } from './render-bulletin.js';
import { bulletinKinds } from './snapshot.js';

const id = z.coerce.number().int().positive();

export const bulletinMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM / month must be YYYY-MM');

export const planParams = z.object({ id });
export const bulletinParams = z.object({ id });

export const generateBody = z.object({
  month: bulletinMonth,
  kind: z.enum(bulletinKinds),
});

export const documentQuery = z.object({ format: z.enum(bulletinFormats).default('docx') });
