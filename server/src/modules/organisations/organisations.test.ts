import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOGNITION_DEFAULT_POINTS } from '@ambassador/shared/constants';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Instellingen');
  other = await signupOrganisation(t.app, 'Zorggroep Buren');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const patch = (token: string, body: unknown) =>
  api()
    .patch('/api/v1/organisation')
    .set(bearer(token))
    .send(body as object);

describe('reading the organisation', () => {
  it.each(['admin', 'ambassador', 'hr'] as const)(
    'answers a %s with the own organisation and its settings',
    async (role) => {
      const token =
        role === 'admin' ? org.token : (await createUser(t.app, { organisationId: org.organisation.id, role })).token;
      const response = await api().get('/api/v1/organisation').set(bearer(token)).expect(200);
      expect(response.body).toEqual({
        ...org.organisation,
        locale: expect.any(String),
        timezone: expect.any(String),
        coverageTarget: { perEmployees: expect.any(Number), minPerCell: expect.any(Number) },
        phase: expect.any(String),
        recognition: { enabled: false, points: expect.any(Object) },
        privacy: { retentionMonths: 24 },
      });
    },
  );

  it('answers 401 without a token', async () => {
    const response = await api().get('/api/v1/organisation').expect(401);
    expect(response.body.code).toBe('unauthorized');
  });
});

describe('changing the organisation', () => {
  it('lets the admin change name, locale, timezone, coverage target and phase', async () => {
    const changes = {
      name: '  Zorggroep Hernoemd ',
      locale: 'en',
      timezone: 'America/New_York',
      coverageTarget: { perEmployees: 40, minPerCell: 2 },
      phase: 'pilot',
    };
    const response = await patch(org.token, changes).expect(200);
    const expected = {
      id: org.organisation.id,
      name: 'Zorggroep Hernoemd',
      slug: org.organisation.slug,
      locale: 'en',
      timezone: 'America/New_York',
      coverageTarget: { perEmployees: 40, minPerCell: 2 },
      phase: 'pilot',
      recognition: { enabled: false, points: RECOGNITION_DEFAULT_POINTS },
      privacy: { retentionMonths: 24 },
    };
    expect(response.body).toEqual(expected);
    expect((await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200)).body).toEqual(expected);
  });

  it('changes one field and leaves the others as they were', async () => {
    const before = (await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200)).body;
    const response = await patch(org.token, { phase: 'go_live' }).expect(200);
    expect(response.body).toEqual({ ...before, phase: 'go_live' });
  });

  it('changes only the admin’s own organisation', async () => {
    const before = (await api().get('/api/v1/organisation').set(bearer(other.token)).expect(200)).body;
    await patch(org.token, { name: 'Zorggroep Alleen Ik', phase: 'build' }).expect(200);
    const after = (await api().get('/api/v1/organisation').set(bearer(other.token)).expect(200)).body;
    expect(after).toEqual(before);
  });

  it('refuses an unknown timezone with 400 invalid_timezone and changes nothing', async () => {
    const before = (await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200)).body;
    const response = await patch(org.token, { timezone: 'Mars/Olympus_Mons', name: 'Niet Opgeslagen' }).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('invalid_timezone');
    expect((await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200)).body).toEqual(before);
  });

  it.each([
    ['perEmployees 0', { coverageTarget: { perEmployees: 0, minPerCell: 1 } }, 'coverageTarget.perEmployees'],
    ['a negative minPerCell', { coverageTarget: { perEmployees: 10, minPerCell: -1 } }, 'coverageTarget.minPerCell'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['an unknown phase', { phase: 'done' }, 'phase'],
    ['a one-letter name', { name: 'Z' }, 'name'],
  ])('refuses %s with 400 validation_failed on that field', async (_label, body, field) => {
    const response = await patch(org.token, body).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });

  it('sets the retention period of left employees within 1 to 120 months', async () => {
    const response = await patch(org.token, { privacy: { retentionMonths: 36 } }).expect(200);
    expect(response.body.privacy).toEqual({ retentionMonths: 36 });
    for (const retentionMonths of [0, 121, 1.5, '12', null]) {
      const refused = await patch(org.token, { privacy: { retentionMonths } }).expect(400);
      expect(refused.body.code).toBe('validation_failed');
    }
    await patch(org.token, { privacy: {} }).expect(400);
    const after = await api().get('/api/v1/organisation').set(bearer(org.token)).expect(200);
    expect(after.body.privacy).toEqual({ retentionMonths: 36 });
  });

  it('refuses an empty body with 400', async () => {
    const response = await patch(org.token, {}).expect(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('refuses an unknown property with 400 unknown_property', async () => {
    const response = await patch(org.token, { slug: 'gekaapt' }).expect(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'slug', code: 'unknown_property' }));
  });

  it.each(['ambassador', 'hr'] as const)('answers 403 to a %s and changes nothing', async (role) => {
    const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
    const before = (await api().get('/api/v1/organisation').set(bearer(token)).expect(200)).body;
    const response = await patch(token, { phase: 'after_go_live' }).expect(403);
    expect(response.body.code).toBe('forbidden');
    expect((await api().get('/api/v1/organisation').set(bearer(token)).expect(200)).body).toEqual(before);
  });
});
