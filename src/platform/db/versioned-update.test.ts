import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { AppError } from '../errors.js';
import { updateVersioned } from './versioned-update.js';

describe.each(engines)('updateVersioned on %s', (kind) => {
  let t: TestStore;
  let id: number;

  beforeAll(async () => {
    t = await openTestStore(kind);
    const row = await t.store.db
      .insertInto('units')
      .values({ name: '办公室', kind: 'department', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  });
  afterAll(() => t.cleanup());

  it('writes the row at the version read and bumps the version', async () => {
    const after = await updateVersioned(t.store.db, 'units', {
      id,
      expected: { version: 1, source: 'if-match' },
      set: { name: '综合办公室' },
    });
    expect(after).toMatchObject({ id, name: '综合办公室', version: 2 });
  });

  it('names the current version when another writer got there first', async () => {
    const write = updateVersioned(t.store.db, 'units', {
      id,
      expected: { version: 1, source: 'if-match' },
      set: { name: '秘书处' },
    });
    await expect(write).rejects.toMatchObject({
      code: 'precondition_failed',
      details: [{ field: 'version', message: 'current version is 2' }],
    });
    const body = updateVersioned(t.store.db, 'units', {
      id,
      expected: { version: 1, source: 'body' },
      set: { name: '秘书处' },
    });
    await expect(body).rejects.toMatchObject({ code: 'conflict' });
  });

  it('throws the use case’s own error for a race it reports in its words', async () => {
    const write = updateVersioned(t.store.db, 'units', {
      id,
      version: 1,
      onStale: () => new AppError('conflict', 'moved'),
      set: { name: '秘书处' },
    });
    await expect(write).rejects.toMatchObject({ code: 'conflict', message: 'moved' });
  });

  it('is not_found when the row is gone', async () => {
    const write = updateVersioned(t.store.db, 'units', {
      id: id + 1000,
      expected: { version: 1, source: 'body' },
      set: { name: '秘书处' },
    });
    await expect(write).rejects.toMatchObject({ code: 'not_found' });
  });
});
