import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import compression, { COMPRESSION_THRESHOLD } from './compression.ts';

const rows = Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Medewerker ${i}`, department: 'Zorg' }));
const csv = ['id;name', ...rows.map((row) => `${row.id};${row.name}`)].join('\r\n');
const ics = ['BEGIN:VCALENDAR', ...rows.map((row) => `SUMMARY:Training ${row.name}`), 'END:VCALENDAR'].join('\r\n');

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  await app.register(compression);
  app.get('/big', async () => ({ rows }));
  app.get('/tiny', async () => ({ ok: true }));
  app.get('/csv', async (_request, reply) => reply.type('text/csv; charset=utf-8').send(csv));
  app.get('/ics', async (_request, reply) => reply.type('text/calendar; charset=utf-8').send(ics));
  app.get('/problem', async (_request, reply) =>
    reply
      .code(409)
      .type('application/problem+json')
      .send({ status: 409, code: 'conflict', title: 'Conflict', conflicts: rows }),
  );
  app.get('/stream', async (_request, reply) =>
    reply.type('text/csv; charset=utf-8').send(Readable.from(rows.map((row) => `${row.id};${row.name}\r\n`))),
  );
  app.get('/already-gzipped', async (_request, reply) =>
    reply
      .type('application/json')
      .header('content-encoding', 'gzip')
      .send(gzipSync(JSON.stringify({ rows }))),
  );
  app.get('/png', async (_request, reply) => reply.type('image/png').send(Buffer.alloc(4096, 7)));
  await app.ready();
});
afterAll(() => app.close());

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('response compression', () => {
  it('sends JSON as brotli when the client accepts it, and says it varies on Accept-Encoding', async () => {
    const response = await get('/big', 'gzip, deflate, br');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(JSON.stringify({ rows }).length / 3);
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString())).toEqual({ rows });
  });

  it('falls back to gzip for a client without brotli', async () => {
    const response = await get('/big', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString())).toEqual({ rows });
  });

  it('sends JSON as it is when the client accepts no encoding, or only identity', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const response = await get('/big', acceptEncoding);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.json()).toEqual({ rows });
    }
  });

  it(`leaves answers under ${COMPRESSION_THRESHOLD} bytes alone`, async () => {
    const response = await get('/tiny', 'br, gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ ok: true });
  });

  it('keeps the content type of CSV, iCalendar and problem+json answers while compressing them', async () => {
    const csvResponse = await get('/csv', 'gzip');
    expect(csvResponse.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(gunzipSync(csvResponse.rawPayload).toString()).toBe(csv);

    const icsResponse = await get('/ics', 'br');
    expect(icsResponse.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(brotliDecompressSync(icsResponse.rawPayload).toString()).toBe(ics);

    const problem = await get('/problem', 'gzip');
    expect(problem.statusCode).toBe(409);
    expect(problem.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(gunzipSync(problem.rawPayload).toString())).toMatchObject({ code: 'conflict' });
  });

  it('compresses a streamed answer as a stream, whole', async () => {
    const response = await get('/stream', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-length']).toBeUndefined();
    expect(gunzipSync(response.rawPayload).toString()).toBe(rows.map((row) => `${row.id};${row.name}\r\n`).join(''));
  });

  it('does not compress what is compressed already', async () => {
    const encoded = await get('/already-gzipped', 'br, gzip');
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(encoded.rawPayload).toString())).toEqual({ rows });

    const image = await get('/png', 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.rawPayload.length).toBe(4096);
  });

  it('does not decompress request bodies', async () => {
    const echo = Fastify();
    await echo.register(compression);
    echo.post('/echo', async (request) => request.body);
    const response = await echo.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ a: 1 })),
    });
    expect(response.statusCode).toBe(400);
    await echo.close();
  });
});

describe('response compression in the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('compresses API answers and keeps the security and cache headers', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/docs/json',
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString()).openapi).toMatch(/^3\./);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps small problem+json answers plain and uncacheable', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/does-not-exist',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });
});
