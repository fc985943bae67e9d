import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;
const script = `export const messages = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `bericht ${i}`))};`;

let dist: string;
let t: TestApp;
beforeAll(async () => {
  // A build as vite writes it: hashed files under assets/ with their precompressed variants, index.html beside.
  dist = mkdtempSync(path.join(tmpdir(), 'ambassador-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), indexHtml);
  writeFileSync(path.join(dist, 'assets/index-Ab12Cd34.js'), script);
  writeFileSync(path.join(dist, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(dist, 'assets/index-Ab12Cd34.js.gz'), gzipSync(script));
  // Only a gzip variant: a brotli client gets the gzip one rather than the full file.
  writeFileSync(path.join(dist, 'assets/only-gz-Ef56Gh78.css'), 'body{color:red}'.repeat(200));
  writeFileSync(path.join(dist, 'assets/only-gz-Ef56Gh78.css.gz'), gzipSync('body{color:red}'.repeat(200)));
  t = await createTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('serving the SPA build', () => {
  it('serves a hashed asset precompressed with brotli, cached for a year as immutable', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('serves the gzip variant to a client without brotli, and the file itself to one without either', async () => {
    const gzipped = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('falls back to the next variant the client accepts when one is missing', async () => {
    const response = await get('/assets/only-gz-Ef56Gh78.css', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/text\/css/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('serves index.html with no-cache and the security headers, at / and as the history fallback', async () => {
    for (const url of ['/', '/index.html', '/training/calendar?week=3']) {
      const response = await get(url, { accept: 'text/html', 'accept-encoding': 'br, gzip' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
      const body =
        response.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(response.rawPayload).toString()
          : response.headers['content-encoding'] === 'gzip'
            ? gunzipSync(response.rawPayload).toString()
            : response.body;
      expect(body, url).toBe(indexHtml);
    }
  });

  it('answers a missing asset with a 404 problem, not with index.html', async () => {
    const response = await get('/assets/gone-00000000.js', { accept: '*/*' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
