/** Inputs of the bulletin routes and command: a month of the plan's year, a kind, a format. */
import { z } from 'zod';
import { yearMonthSchema } from '../../platform/calendar-date.js';
import { bulletinFormats } from './render-bulletin.js';
import { bulletinKinds } from './snapshot.js';
import { positiveIntParam } from '../../platform/positive-int.js';

const id = positiveIntParam;

export const planParams = z.object({ id });
export const bulletinParams = z.object({ id });

export const generateBody = z.object({
  month: yearMonthSchema,
  kind: z.enum(bulletinKinds),
});

export const documentQuery = z.object({ format: z.enum(bulletinFormats).default('docx') });
