/**
 * Configuration, read once from the environment at start-up. An invalid value stops start-up with a
 * message that names the variable (ConfigError), never a stack trace.
 */
import { z } from 'zod';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string;
  adminPassword: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies get the Secure flag. */
  trustProxy: boolean;
  /** Status lights: progress this far behind the elapsed share is yellow, and this far red. */
  lightThresholds: { behind: number; farBehind: number };
}

const databaseUrl = z
  .string()
  .refine((url) => url.startsWith('sqlite:') || /^postgres(ql)?:\/\/.+/.test(url), {
    message: 'must be sqlite:PATH or postgres://user@host:port/db',
  });

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: databaseUrl.default('sqlite:./data/duban.sqlite'),
  DUBAN_ADMIN_PASSWORD: z.string().min(8, { message: 'must be at least 8 characters' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  LIGHT_BEHIND: z.coerce.number().gt(0).lt(1).default(0.15),
  LIGHT_FAR_BEHIND: z.coerce.number().gt(0).max(1).default(0.35),
});

export class ConfigError extends Error {}

/** Parses the environment; empty strings count as unset so `PORT= npm start` uses the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success && parsed.data.LIGHT_FAR_BEHIND <= parsed.data.LIGHT_BEHIND) {
    throw new ConfigError(
      '配置无效 / invalid configuration:\n  LIGHT_FAR_BEHIND: must be greater than LIGHT_BEHIND',
    );
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置无效 / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.DUBAN_ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    lightThresholds: { behind: e.LIGHT_BEHIND, farBehind: e.LIGHT_FAR_BEHIND },
  };
}

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}
