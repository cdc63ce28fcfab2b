/** The assessment scheme of a year: the stored one, or the default (version 0, stored false). */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { defaultRules, parseRules, type SchemeRules } from './info-scheme.js';

export interface InfoScheme {
  year: number;
  rules: SchemeRules;
  stored: boolean;
  version: number;
  updatedBy: number | null;
  updatedAt: string | null;
}

export async function getInfoScheme(options: {
  db: Kysely<Database>;
  year: number;
}): Promise<InfoScheme> {
  const row = await options.db
    .selectFrom('info_schemes')
    .selectAll()
    .where('year', '=', options.year)
    .executeTakeFirst();
  if (!row)
    return {
      year: options.year,
      rules: defaultRules,
      stored: false,
      version: 0,
      updatedBy: null,
      updatedAt: null,
    };
  return {
    year: row.year,
    rules: parseRules(row.rules),
    stored: true,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
