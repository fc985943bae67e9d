import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions, type App } from '../app.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { testConfig } from '../test/test-app.ts';
import { PASSWORD, uniqueEmail } from '../test/factories.ts';

let app: App;
let drop: () => Promise<void>;
const lines: string[] = [];

beforeAll(async () => {
  const test = await createTestDatabase();
  drop = test.drop;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({
    config: testConfig(),
    database: test.database,
    logger: { ...(loggerOptions('trace') as object), stream } as never,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('request logs', () => {
  it('never contain passwords, access tokens or refresh tokens', async () => {
    const email = uniqueEmail('log');
    const signup = await request(app.server)
      .post('/api/v1/auth/signup')
      .send({ organisationName: 'Logboek Zorg', name: 'Log Test', email, password: PASSWORD })
      .expect(201);
    const cookie = [signup.headers['set-cookie']].flat().find((c) => c?.startsWith('ambassador_refresh='))!;
    const refreshToken = cookie.split(';')[0]!.split('=')[1]!;
    await request(app.server).get('/api/v1/me').set('authorization', `Bearer ${signup.body.accessToken}`).expect(200);
    await request(app.server).post('/api/v1/auth/refresh').set('cookie', cookie.split(';')[0]!).expect(200);
    await request(app.server).post('/api/v1/auth/login').send({ email, password: 'wrong password here' }).expect(401);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(4);
    expect(log).toContain('/api/v1/me');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain('wrong password here');
    expect(log).not.toContain(signup.body.accessToken);
    expect(log).not.toContain(refreshToken);
  });
});
