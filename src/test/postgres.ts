/**
 * The PostgreSQL server that tests and benchmarks use (TEST_POSTGRES_URL, default the local `test`
 * database): each works in a schema of its own, made and dropped with statements run here. When
 * that server does not answer, the server tests' global setup (postgres-global-setup.ts) starts a
 * throwaway one and points TEST_POSTGRES_URL at it before the test files run.
 */
import pg from 'pg';

export const defaultPostgresUrl = 'postgres://root@127.0.0.1:5432/test';
export const postgresUrl = process.env.TEST_POSTGRES_URL ?? defaultPostgresUrl;

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
