/** Stores a year's information-work scheme, versioned and audited by saveSchemeDocument. */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import type { ExpectedVersion } from '../../platform/versioning.js';
import { saveSchemeDocument } from '../audit/save-scheme-document.js';
import type { SchemeRules } from './info-scheme.js';

export async function saveInfoScheme(options: {
  db: Kysely<Database>;
  actor: Actor;
  year: number;
  rules: SchemeRules;
  /** Called only when a stored scheme is being updated, so creation needs no version. */
  expected: () => ExpectedVersion;
  now: Date;
}): Promise<{ created: boolean }> {
  return saveSchemeDocument({
    ...options,
    table: 'info_schemes',
    entity: 'info_scheme',
    ownerId: options.year,
    createdElsewhere: `${options.year} 年考核方案已被他人创建 / created by someone else`,
  });
}
