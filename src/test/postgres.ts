/**
 * The PostgreSQL server that tests and benchmarks use (TEST_POSTGRES_URL, default the local `test`
 * database): each works in a schema of its own, made and dropped with statements run here.
 */
import pg from 'pg';

export const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';

/** The store URL for one schema of the server. */
export function schemaUrl(schema: string): string {
  return `${postgresUrl}?schema=${schema}`;
}

/** Runs one statement (CREATE/DROP SCHEMA) on its own connection. */
export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
