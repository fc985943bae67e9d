import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { loggerOptions } from '../http/logger.ts';
import { hashPassword } from '../modules/auth/secrets.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { testConfig } from '../test/test-app.ts';
import { bearer, PASSWORD, signupOrganisation, uniqueEmail } from '../test/factories.ts';

let app: App;
let drop: () => Promise<void>;
const lines: string[] = [];

/** Runs `fn` and returns the log lines written meanwhile, parsed: each must still be valid JSON. */
async function logOf(fn: () => Promise<unknown>) {
  const from = lines.length;
  await fn();
  const written = lines.slice(from);
  return { text: written.join(''), entries: written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

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
  // Makes writing a user with a `blocked.` address fail inside PostgreSQL: a real failed query, whose error
  // carries the row (e-mail, password hash) in pg's `detail` and every value in drizzle's message.
  await test.database.asOwner((db) =>
    db.execute(sql.raw(`alter table users add constraint users_email_not_blocked check (email not like 'blocked.%')`)),
  );
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('request logs', () => {
  it('never contain passwords, access tokens or refresh tokens', async () => {
    const email = uniqueEmail('log');
    let accessToken = '';
    let refreshToken = '';
    const { text, entries } = await logOf(async () => {
      const signup = await request(app.server)
        .post('/api/v1/auth/signup')
        .send({ organisationName: 'Logboek Zorg', name: 'Log Test', email, password: PASSWORD })
        .expect(201);
      accessToken = signup.body.accessToken;
      const cookie = [signup.headers['set-cookie']].flat().find((c) => c?.startsWith('ambassador_refresh='))!;
      refreshToken = cookie.split(';')[0]!.split('=')[1]!;
      await request(app.server).get('/api/v1/me').set('authorization', `Bearer ${accessToken}`).expect(200);
      await request(app.server).post('/api/v1/auth/refresh').set('cookie', cookie.split(';')[0]!).expect(200);
      await request(app.server).post('/api/v1/auth/login').send({ email, password: 'wrong password here' }).expect(401);
    });

    expect(entries.length).toBeGreaterThan(4);
    expect(text).toContain('/api/v1/me');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('wrong password here');
    expect(text).not.toContain(accessToken);
    expect(text).not.toContain(refreshToken);
    expect(text).not.toContain(email);
    expect(text).not.toContain('eyJ');
    expect(text).not.toMatch(/authorization|ambassador_refresh/i);
  });

  it('keep a failed query’s class, SQLSTATE, constraint and stack, but none of its values', async () => {
    const email = uniqueEmail('blocked');
    const name = 'Marit Logwaarde';
    const organisationName = 'Zorggroep Logparameter';
    const { text, entries } = await logOf(() =>
      request(app.server)
        .post('/api/v1/auth/signup')
        .send({ organisationName, name, email, password: PASSWORD })
        .expect(500),
    );

    const failure = entries.find((entry) => entry.msg === 'unhandled error');
    expect(failure).toBeDefined();
    const err = failure!.err as Record<string, unknown>;
    expect(err).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query',
      code: '23514',
      constraint: 'users_email_not_blocked',
    });
    expect(err.query).toMatch(/^insert into "users" .*\$1/);
    expect(err.stack).toMatch(/^DrizzleQueryError: Failed query\n\s+at /);
    expect(err.cause).toMatchObject({ code: '23514', constraint: 'users_email_not_blocked', table: 'users' });
    expect((err.cause as { message: string }).message).toContain('"users_email_not_blocked"');

    expect(text).not.toContain(email);
    expect(text).not.toContain(name);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('$argon2');
    expect(text).not.toMatch(/params|Failing row|detail/i);
  });

  it('of invites, failed logins and searches carry no e-mail address, token or searched value', async () => {
    const admin = await signupOrganisation(app, 'Zorggroep Logzoek');
    const invited = uniqueEmail('invited');
    const blocked = uniqueEmail('blocked');
    const unknown = uniqueEmail('unknown');
    let inviteToken = '';
    const { text, entries } = await logOf(async () => {
      const invite = await request(app.server)
        .post('/api/v1/users')
        .set(bearer(admin.token))
        .send({ email: invited, name: 'Invited Person', role: 'ambassador' })
        .expect(201);
      inviteToken = String(invite.body.inviteUrl).split('/invite/')[1]!;
      await request(app.server).get(`/api/v1/auth/invites/${inviteToken}`).expect(200);
      await request(app.server)
        .post('/api/v1/users')
        .set(bearer(admin.token))
        .send({ email: blocked, name: 'Blocked Person', role: 'hr' })
        .expect(500);
      await request(app.server)
        .post('/api/v1/auth/login')
        .send({ email: admin.user.email, password: 'not it' })
        .expect(401);
      await request(app.server).post('/api/v1/auth/login').send({ email: unknown, password: PASSWORD }).expect(401);
      await request(app.server)
        .get('/api/v1/users?q=someone@example.test&limit=5')
        .set(bearer(admin.token))
        .expect(200);
      await request(app.server)
        .get(`/api/v1/users?q=${encodeURIComponent(invited)}`)
        .set(bearer(admin.token));
      await request(app.server).get('/api/v1/users?q=Zoekwaarde').set(bearer(admin.token)).expect(200);
    });

    expect(text).toContain('/api/v1/users?q=[redacted]&limit=[redacted]');
    expect(text).toContain('/api/v1/auth/invites/[redacted]');
    expect(entries.find((entry) => entry.msg === 'unhandled error')?.err).toMatchObject({ code: '23514' });
    for (const secret of [invited, blocked, unknown, admin.user.email, 'someone@example.test', inviteToken]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    expect(text).not.toContain('Zoekwaarde');
    expect(text).not.toContain('eyJ');
    expect(text).not.toContain('$argon2');
  });

  it('mask e-mail addresses, password hashes and tokens that a log line carries itself', async () => {
    const email = uniqueEmail('self');
    const passwordHash = await hashPassword(PASSWORD);
    const jwt = app.jwt.sign({ sub: 'someone', org: 'elsewhere', role: 'admin' });
    const failed = Object.assign(new Error(`Failed query: select 1\nparams: ${email},${passwordHash}`), {
      query: `select * from users where email = '${email}'`,
      params: [email, passwordHash],
      cause: Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
        code: '23505',
        constraint: 'users_email_key',
        detail: `Key (email)=(${email}) already exists.`,
        where: `PL/pgSQL function with ${email}`,
      }),
    });
    const { text, entries } = await logOf(async () => {
      app.log.info({ user: { email, passwordHash }, note: { deeper: { text: `for ${email} ${jwt}` } } }, `hi ${email}`);
      app.log.info(`Route GET:/api/v1/users?q=${email}&role=hr not found`);
      app.log.error(failed);
    });

    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ user: { email: '[redacted]', passwordHash: '[redacted]' }, msg: 'hi [email]' });
    expect(entries[0]!.note).toEqual({ deeper: { text: 'for [email] [jwt]' } });
    expect(entries[1]!.msg).toBe('Route GET:/api/v1/users?q=[redacted]&role=[redacted] not found');
    expect(entries[2]).toMatchObject({
      msg: 'Failed query',
      err: { code: '23505', constraint: 'users_email_key', query: "select * from users where email = '?'" },
    });
    expect(text).not.toContain(email);
    expect(text).not.toContain(passwordHash);
    expect(text).not.toContain(jwt);
    expect(text).not.toMatch(/params|already exists|PL\/pgSQL/);
  });
});
