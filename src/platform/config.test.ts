import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('refuses a red threshold below the yellow one, naming it', () => {
    expect(() => loadConfig({ LIGHT_BEHIND: '0.4', LIGHT_FAR_BEHIND: '0.3' })).toThrow(
      /LIGHT_FAR_BEHIND/,
    );
  });

  it('uses the documented defaults on an empty environment', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: 'sqlite:./data/duban.sqlite',
      adminPassword: undefined,
      logLevel: 'info',
      trustProxy: false,
      lightThresholds: { behind: 0.15, farBehind: 0.35 },
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '' }).port).toBe(3000);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' }).databaseUrl).toBe(
      'postgres://root@127.0.0.1:5432/test',
    );
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['DUBAN_ADMIN_PASSWORD', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', 'maybe'],
    ['LIGHT_BEHIND', '1.5'],
    ['LIGHT_FAR_BEHIND', 'x'],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
