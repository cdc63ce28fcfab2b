/** Inputs of the bulletin settings routes: the unit, and its 版头 and 版记 facts as a whole. */
import { z } from 'zod';
import { positiveIntParam } from '../../platform/positive-int.js';

const name = z.string().trim().min(1).max(40);

export const unitParams = z.object({ id: positiveIntParam });

export const bulletinSettingsBody = z.object({
  /** 机关简称 in the 发文机关标志: 滁州市科协. */
  mastheadName: name,
  /** 编发机关 on the date line: 滁州市科协办公室. */
  issuingOffice: name,
  /** 抄送 units, in order. */
  copyTo: z.array(name).max(30),
  /** 印发机关 in the 版记. */
  printedBy: name,
  version: z.number().int().min(0).optional(),
});

export type BulletinSettingsInput = Omit<z.infer<typeof bulletinSettingsBody>, 'version'>;
