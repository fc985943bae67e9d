import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { MAX_LISTED_ERRORS } from './validation.ts';

/** Input the schemas used to let through, each of which answered 500, stored a poison value or hung the server. */

let t: TestApp;
let org: SignedUpOrg;
let admin: Record<string, string>;
let layerId: string;
let departmentId: string;
let employeeId: string;

const api = () => request(t.app.server);

const SESSION = {
  kind: 'end_user',
  title: 'Validatie',
  startsAt: '2031-03-05T09:00:00Z',
  endsAt: '2031-03-05T10:00:00Z',
  capacity: 5,
};

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Validatie');
  admin = bearer(org.token);
  layerId = (await api().get('/api/v1/layers').set(admin).expect(200)).body.items[0].id;
  departmentId = (await api().post('/api/v1/departments').set(admin).send({ name: 'Afdeling Eik' }).expect(201)).body
    .id;
  employeeId = (
    await api()
      .post('/api/v1/employees')
      .set(admin)
      .send({ employeeNumber: 'V-1', name: 'Vera Validatie', departmentId, layerId })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

function expectInvalid(response: request.Response, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.code).toBe('validation_failed');
  if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

describe('numbers', () => {
  it('refuses "Infinity" as sessionsPerDay of a plan instead of looping for ever', async () => {
    const response = await api()
      .post('/api/v1/training/plan')
      .set(admin)
      .send({
        from: '2031-01-06',
        to: '2031-01-31',
        sessionMinutes: 60,
        capacity: 10,
        weekdays: [2, 4],
        startTime: '10:00',
        sessionsPerDay: 'Infinity',
      })
      .timeout(5_000);
    expectInvalid(response, 'sessionsPerDay');
  });

  it('refuses numbers written as strings in a body, and numbers past every bound', async () => {
    for (const body of [{ capacity: '5' }, { capacity: 'Infinity' }, { capacity: 1e308 }, { capacity: 1e19 }]) {
      expectInvalid(
        await api()
          .post('/api/v1/training-sessions')
          .set(admin)
          .send({ ...SESSION, ...body }),
      );
    }
    expectInvalid(await api().post('/api/v1/layers').set(admin).send({ name: 'Laag X', rank: 'Infinity' }));
    expectInvalid(
      await api()
        .patch('/api/v1/organisation')
        .set(admin)
        .send({ coverageTarget: { perEmployees: 'Infinity', minPerCell: 1 } }),
    );
  });

  it('refuses Infinity and huge numbers in query strings', async () => {
    for (const query of ['limit=Infinity', 'offset=Infinity', 'offset=1e19', 'limit=1e400', 'limit=NaN', 'limit=201']) {
      expectInvalid(await api().get(`/api/v1/employees?${query}`).set(admin));
    }
    expectInvalid(await api().get('/api/v1/coverage/gaps?limit=Infinity').set(admin));
  });

  it('refuses a JSON number that overflows to Infinity', async () => {
    const response = await api()
      .post('/api/v1/layers')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"name":"Laag Y","rank":1e999}');
    expectInvalid(response);
  });

  it("keeps 'Infinity' hours out of the database, so the ambassador list keeps working", async () => {
    const created = await api().post('/api/v1/ambassadors').set(admin).send({ employeeId, source: 'self' }).expect(201);
    const patched = await api()
      .patch(`/api/v1/ambassadors/${created.body.id}`)
      .set(admin)
      .send({ hoursPerMonth: 'Infinity' });
    expectInvalid(patched, 'hoursPerMonth');
    const list = await api().get('/api/v1/ambassadors').set(admin).expect(200);
    expect(list.body.items[0].hoursPerMonth).toBeNull();
  });
});

describe('text', () => {
  it('refuses a NUL byte in a body, in q, and on the public login and signup', async () => {
    expectInvalid(await api().post('/api/v1/departments').set(admin).send({ name: 'Afd\u0000eling' }));
    expectInvalid(await api().get('/api/v1/employees?q=a%00b').set(admin));
    expectInvalid(await api().post('/api/v1/auth/login').send({ email: 'a\u0000@b.nl', password: 'x' }));
    expectInvalid(
      await api()
        .post('/api/v1/auth/signup')
        .send({ organisationName: 'Org\u0000', name: 'N', email: 'n@example.test', password: 'x'.repeat(12) }),
    );
  });

  it('refuses lone surrogates and control characters in keys as in values', async () => {
    expectInvalid(await api().post('/api/v1/departments').set(admin).send({ name: 'Afdeling \ud800' }));
    const response = await api()
      .post('/api/v1/departments')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"name":"Afdeling","\\u0001":1}');
    expectInvalid(response);
  });

  it('refuses line breaks in one-line fields such as a session title or the organisation name', async () => {
    expectInvalid(
      await api()
        .post('/api/v1/training-sessions')
        .set(admin)
        .send({ ...SESSION, title: 'Titel\r\nBEGIN:VALARM' }),
      'title',
    );
    expectInvalid(await api().patch('/api/v1/organisation').set(admin).send({ name: 'Org\nATTENDEE:x' }), 'name');
  });

  it('keeps line breaks where a field is free text', async () => {
    const response = await api()
      .post('/api/v1/training-sessions')
      .set(admin)
      .send({ ...SESSION, startsAt: '2031-04-05T09:00:00Z', endsAt: '2031-04-05T10:00:00Z', description: 'Een\nTwee' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.description).toBe('Een\nTwee');
  });

  it('accepts only http(s) links as onlineUrl', async () => {
    for (const onlineUrl of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.test/x', 'https://']) {
      expectInvalid(
        await api()
          .post('/api/v1/training-sessions')
          .set(admin)
          .send({ ...SESSION, onlineUrl }),
        'onlineUrl',
      );
    }
  });

  it('lists at most a bounded number of errors however many unknown keys a body has', async () => {
    const body = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1]));
    const response = await api()
      .post('/api/v1/departments')
      .set(admin)
      .send({ name: 'X', ...body });
    expectInvalid(response);
    expect(response.body.errors.length).toBeLessThanOrEqual(MAX_LISTED_ERRORS);
    expect(JSON.stringify(response.body).length).toBeLessThan(10_000);
  });
});

describe('ids and dates', () => {
  it('refuses urn:uuid ids in paths and bodies', async () => {
    const urn = `urn:uuid:${employeeId}`;
    expectInvalid(
      await api()
        .get(`/api/v1/employees/${encodeURIComponent(urn)}`)
        .set(admin),
    );
    expectInvalid(
      await api()
        .post('/api/v1/employees')
        .set(admin)
        .send({ employeeNumber: 'V-2', name: 'Urn', departmentId: `urn:uuid:${departmentId}`, layerId }),
      'departmentId',
    );
  });

  it('refuses upper-case ids, which the database would read as the same row', async () => {
    const upper = employeeId.toUpperCase();
    expectInvalid(await api().patch(`/api/v1/employees/${upper}`).set(admin).send({ name: 'Hoofdletters' }));
    const after = await api().get(`/api/v1/employees/${employeeId}`).set(admin).expect(200);
    expect(after.body.name).not.toBe('Hoofdletters');
  });

  it('refuses leap seconds, hour-only offsets and year 0000', async () => {
    for (const [startsAt, endsAt] of [
      ['2031-06-30T23:59:60Z', '2031-07-01T01:00:00Z'],
      ['2031-06-30T10:00:00+01', '2031-06-30T11:00:00+01'],
      ['0000-01-01T10:00:00Z', '0000-01-01T11:00:00Z'],
      ['2031-02-30T10:00:00Z', '2031-02-30T11:00:00Z'],
    ]) {
      expectInvalid(
        await api()
          .post('/api/v1/training-sessions')
          .set(admin)
          .send({ ...SESSION, startsAt, endsAt }),
      );
    }
    expectInvalid(await api().get('/api/v1/training-sessions?from=2031-06-30T23:59:60Z').set(admin));
    expectInvalid(await api().get('/api/v1/training-sessions?to=2031-06-30T10:00:00%2B01').set(admin));
    expectInvalid(
      await api()
        .post('/api/v1/training/plan')
        .set(admin)
        .send({
          from: '0000-01-01',
          to: '0000-01-31',
          sessionMinutes: 60,
          capacity: 5,
          weekdays: [1],
          startTime: '09:00',
        }),
    );
  });

  it('accepts RFC 3339 offsets and fractions', async () => {
    const response = await api()
      .post('/api/v1/training-sessions')
      .set(admin)
      .send({ ...SESSION, startsAt: '2031-05-05T09:00:00.123+02:00', endsAt: '2031-05-05T10:00:00.5+02:00' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  });
});

describe('uploads', () => {
  it('answers a broken multipart import with 400 malformed_upload, not 500', async () => {
    for (const [contentType, body] of [
      ['multipart/form-data', 'no boundary here'],
      ['multipart/form-data; boundary=fuzzboundary', '--fuzzboundary\r\nbroken'],
    ] as const) {
      const response = await api()
        .post('/api/v1/employees/import?dryRun=true')
        .set(admin)
        .set('content-type', contentType)
        .send(body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('malformed_upload');
    }
  });
});
