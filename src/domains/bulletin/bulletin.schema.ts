/** Inputs of the bulletin routes and command: a month, a kind, a format, an issue date. */
import { z } from 'zod';
import { calendarDateSchema, yearMonthSchema } from '../../platform/calendar-date.js';
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

/** 签发: the issue date, by default the first working day after the month's end. */
export const issueBody = z.object({ issueDate: calendarDateSchema.optional() }).nullish();
