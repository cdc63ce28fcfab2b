/**
 * users.must_change_password: 1 when the password was set by someone else (an administrator's
 * reset, an account opened for a plan's people) and the user must choose their own at the next
 * log-in; 0 for every earlier account.
 */
import type { Kysely } from 'kysely';

export function passwordChangeMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  };
}
