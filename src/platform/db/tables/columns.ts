/** Column types shared by every table module and schema.ts. */
import type { ColumnType, Generated } from 'kysely';

export type Id = Generated<number>;
export type CreatedAt = ColumnType<string, string | undefined, never>;
