import net from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';

/**
 * Requests refused before they reach a route: by the router (a path parameter too long for it, a broken escape) or by
 * Node's HTTP parser (a request line or headers past its size limit). They answer problem+json like every other error.
 */

let t: TestApp;
let org: SignedUpOrg;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Grenzen');
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

const PROBLEM_JSON = /^application\/problem\+json/;

/** Writes raw bytes and reads the answer until the server closes the connection or sends a full body. */
function raw(text: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let data = '';
    const finish = () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body ? JSON.parse(body) : undefined });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    socket.on('close', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' && data) finish();
      else reject(error);
    });
  });
}

describe('requests refused before routing', () => {
  it('answers a path parameter too long for the router with 414 problem+json uri_too_long', async () => {
    const response = await request(t.app.server)
      .get(`/api/v1/employees/${'a'.repeat(5000)}`)
      .set(bearer(org.token));
    expect(response.status).toBe(414);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 414, code: 'uri_too_long', title: 'URI Too Long' });
  });

  it('still routes a parameter as long as the longest one a schema allows (200), so the schema answers', async () => {
    const response = await request(t.app.server).get(`/api/v1/auth/invites/${'a'.repeat(200)}`);
    expect(response.status).toBe(410);
    expect(response.body.code).toBe('invite_invalid');
  });

  it('answers a malformed percent-escape in the path with 400 problem+json invalid_url', async () => {
    const response = await request(t.app.server).get('/api/v1/employees/%E0%A4%A').set(bearer(org.token));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 400, code: 'invalid_url' });
  });

  it('answers a request line longer than the server reads with 414 problem+json uri_too_long', async () => {
    const response = await raw(`GET /api/v1/employees?q=${'x'.repeat(40_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(response.status).toBe(414);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 414, code: 'uri_too_long' });
  });

  it('answers headers larger than the server reads with 431 problem+json header_fields_too_large', async () => {
    for (const headers of [
      `Cookie: ${'c'.repeat(40_000)}`,
      Array.from({ length: 1000 }, (_, i) => `X-Filler-${i}: ${'f'.repeat(30)}`).join('\r\n'),
    ]) {
      const response = await raw(`GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n\r\n`);
      expect(response.status).toBe(431);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        status: 431,
        code: 'header_fields_too_large',
        title: 'Request Header Fields Too Large',
      });
    }
  });

  it('answers bytes that are not HTTP with 400 problem+json bad_request', async () => {
    const response = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('keeps serving ordinary requests afterwards', async () => {
    await request(t.app.server).get('/api/v1/me').set(bearer(org.token)).expect(200);
  });
});
