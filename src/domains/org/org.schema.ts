/** Request bodies of the org routes: sessions, users, tokens, units, people. */
import { z } from 'zod';
import { roles } from '../../platform/auth/actor.js';
import { pageQuery } from '../../platform/http/paging.js';
import { limits } from '../../platform/limits.js';
import { positiveInt, positiveIntParam } from '../../platform/positive-int.js';

export const loginBody = z.object({
  username: z.string().min(1).max(limits.nameLength),
  password: z.string().min(1).max(200),
});

export const meResponse = z.object({
  user: z.object({
    id: z.number(),
    username: z.string(),
    role: z.enum(roles),
    personId: z.number().nullable(),
    unitId: z.number().nullable(),
    /** The linked person's name (shown in the header), or null. */
    name: z.string().nullable(),
    /** The password was set by someone else: the user must choose their own now. */
    mustChangePassword: z.boolean(),
  }),
  csrfToken: z.string().nullable(),
});

const password = z.string().min(8).max(200);

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const passwordResetBody = z.object({ password });

/**
 * Usernames: ASCII letters, digits and _ . -, or Chinese characters (a person's name, 彭国华,
 * typed with the usual input method), 2 to 50 of them.
 */
export const usernamePattern = /^[a-zA-Z0-9_.\-一-龥·]+$/;
export const usernameLength = { min: 2, max: 50 } as const;

export const unitKinds = ['association', 'department', 'county', 'society', 'government'] as const;

const id = positiveInt;
/** Optimistic locking in the body, for clients that cannot send If-Match. */
const version = positiveInt.optional();
const unitName = z.string().trim().min(1).max(limits.nameLength);
/** People's names are written with stray spaces in notices ('柳  军'); they are stored without. */
const personName = z
  .string()
  .max(limits.nameLength)
  .overwrite((s) => s.replace(/\s+/gu, ''))
  .min(1);
const title = z.string().trim().max(limits.nameLength);

export const idParams = z.object({ id: positiveIntParam });

export const unitListQuery = z.object({ tree: z.stringbool().optional() });

export const unitBody = z.object({
  name: unitName,
  parentId: id.nullable(),
  kind: z.enum(unitKinds),
});

export const unitPatch = unitBody.partial().extend({ version });

export const peopleQuery = pageQuery.extend({
  unitId: positiveIntParam.optional(),
  q: z.string().max(limits.nameLength).optional(),
});

export const personBody = z.object({
  name: personName,
  unitId: id,
  title: title.optional(),
});

export const personPatch = z.object({
  name: personName.optional(),
  unitId: id.optional(),
  title: title.nullable().optional(),
  version,
});

export const userBody = z.object({
  username: z
    .string()
    .min(usernameLength.min)
    .max(usernameLength.max)
    .regex(usernamePattern, 'letters, digits, _ . -, Chinese characters only'),
  password,
  role: z.enum(roles),
  personId: id.nullable().optional(),
  unitId: id.nullable().optional(),
});

export const userPatch = z.object({
  role: z.enum(roles).optional(),
  unitId: id.nullable().optional(),
  personId: id.nullable().optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
  version,
});

export const tokenBody = z.object({
  name: z.string().trim().min(1).max(limits.nameLength),
  userId: id,
});

export type UnitInput = z.infer<typeof unitBody>;
export type UnitChanges = z.infer<typeof unitPatch>;
export type PersonInput = z.infer<typeof personBody>;
export type PersonChanges = z.infer<typeof personPatch>;
export type UserInput = z.infer<typeof userBody>;
export type UserChanges = z.infer<typeof userPatch>;
export type TokenInput = z.infer<typeof tokenBody>;
