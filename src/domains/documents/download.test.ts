import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDownload, XLSX_TYPE } from './download.js';

describe('sendDownload', () => {
  const app = Fastify();
  beforeAll(async () => {
    app.get('/file', (_request, reply) =>
      sendDownload(reply, {
        name: '台账/2017年.xlsx',
        contentType: XLSX_TYPE,
        bytes: Buffer.from('x'),
      }),
    );
    app.get('/print', (_request, reply) =>
      sendDownload(reply, {
        name: '通报.html',
        contentType: 'text/html; charset=utf-8',
        bytes: '<p>通报</p>',
        disposition: 'inline',
      }),
    );
    app.get('/evidence', (_request, reply) =>
      sendDownload(reply, {
        name: '名单.pdf',
        contentType: 'application/pdf',
        bytes: Buffer.from('%PDF'),
        etag: 'abc',
      }),
    );
    await app.ready();
  });
  afterAll(() => app.close());

  it('downloads under the safe Chinese name, never stored', async () => {
    const res = await app.inject('/file');
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('台账-2017年.xlsx');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBeUndefined();
  });

  it('opens a print view in the browser', async () => {
    const res = await app.inject('/print');
    expect(res.headers['content-disposition']).toMatch(/^inline; /);
    expect(res.body).toBe('<p>通报</p>');
  });

  it('lets stored evidence be revalidated by its ETag', async () => {
    const res = await app.inject('/evidence');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.etag).toBe('"abc"');
  });
});
