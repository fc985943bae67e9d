import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOGNITION_DEFAULT_POINTS } from '@ambassador/shared/constants';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import {
  bearer,
  createUser,
  PASSWORD,
  refreshCookie,
  refreshSetCookie,
  signupOrganisation,
  uniqueEmail,
} from '../../test/factories.ts';
import { layerRows } from '../layers/layers.repository.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const signupBody = (overrides: Record<string, unknown> = {}) => ({
  organisationName: 'Zorggroep Auth',
  name: 'Anna Admin',
  email: uniqueEmail('signup'),
  password: PASSWORD,
  ...overrides,
});

describe('signup', () => {
  it('creates the organisation, its five layers in rank order and its first admin', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Signup');
    expect(org.user.role).toBe('admin');
    expect(org.organisation.slug).toBe('zorggroep-signup');
    const rows = await layerRows({ db: t.app.db, organisationId: org.organisation.id });
    expect(rows.sort((a, b) => a.rank - b.rank).map((l) => l.name)).toEqual([
      'Bestuur en directie',
      'Management',
      'Teamleiding',
      'Zorg en behandeling',
      'Ondersteuning',
    ]);
  });

  it('answers 201 with an access token, the admin and the organisation, and sets a strict httpOnly refresh cookie', async () => {
    const body = signupBody({ organisationName: 'Stichting Shape', name: 'Sara Shape' });
    const response = await api().post('/api/v1/auth/signup').send(body).expect(201);
    expect(response.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      user: { id: expect.any(String), email: body.email, name: 'Sara Shape', role: 'admin' },
      organisation: { id: expect.any(String), name: 'Stichting Shape', slug: 'stichting-shape' },
    });
    const cookie = refreshSetCookie(response);
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
  });

  it('gives two organisations with the same name distinct slugs', async () => {
    const first = await signupOrganisation(t.app, 'Zorggroep Dubbel');
    const second = await signupOrganisation(t.app, 'Zorggroep Dubbel');
    expect(first.organisation.slug).toBe('zorggroep-dubbel');
    expect(second.organisation.slug).not.toBe(first.organisation.slug);
    expect(second.organisation.id).not.toBe(first.organisation.id);
  });

  it('refuses an email address that is already in use, whatever its case, with 409 email_taken', async () => {
    const email = uniqueEmail('taken');
    await api().post('/api/v1/auth/signup').send(signupBody({ email })).expect(201);
    for (const again of [email, email.toUpperCase()]) {
      const response = await api()
        .post('/api/v1/auth/signup')
        .send(signupBody({ email: again }))
        .expect(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('email_taken');
    }
  });

  it.each([
    ['11 characters', 'a'.repeat(11)],
    ['129 characters', 'a'.repeat(129)],
  ])('refuses a password of %s with 400 validation_failed on the password field', async (_label, password) => {
    const response = await api().post('/api/v1/auth/signup').send(signupBody({ password })).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password', code: expect.any(String) })]),
    );
  });

  it('refuses a long but easily guessed password with 422 weak_password, a password field error and feedback, and stores nothing', async () => {
    const body = signupBody({ password: 'aaaaaaaaaaaa' });
    const response = await api().post('/api/v1/auth/signup').send(body).expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 422,
      code: 'weak_password',
      errors: [{ field: 'password', code: 'weak_password', message: expect.stringContaining('Repeated characters') }],
      feedback: { warning: 'simpleRepeat', suggestions: expect.arrayContaining(['repeated']) },
    });
    await api().post('/api/v1/auth/login').send({ email: body.email, password: 'aaaaaaaaaaaa' }).expect(401);
    await api()
      .post('/api/v1/auth/signup')
      .send({ ...body, password: PASSWORD })
      .expect(201);
  });

  it.each([
    ['the organisation name', { organisationName: 'Klaverblad Zorgt' }, 'klaverblad zorgt 2026'],
    ['her own name', { name: 'Wilhelmina Vandenbroucke' }, 'wilhelmina vandenbroucke'],
    ['her e-mail address', { email: 'dorothea.kwakernaak@example.test' }, 'dorothea.kwakernaak@example.test'],
  ])('refuses a password made of %s as weak_password', async (_label, overrides, password) => {
    const response = await api()
      .post('/api/v1/auth/signup')
      .send(signupBody({ ...overrides, password }))
      .expect(422);
    expect(response.body.code).toBe('weak_password');
    expect(response.body.feedback.warning).toBe('userInputs');
  });

  it('refuses an unknown body property with 400 unknown_property for that field', async () => {
    const response = await api()
      .post('/api/v1/auth/signup')
      .send(signupBody({ isSuperAdmin: true }))
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: 'isSuperAdmin', code: 'unknown_property' }),
    );
  });
});

describe('login', () => {
  it('answers 200 with an access token, the user, the organisation and a refresh cookie', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Login');
    const response = await api()
      .post('/api/v1/auth/login')
      .send({ email: `  ${org.user.email.toUpperCase()} `, password: PASSWORD })
      .expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      user: org.user,
      organisation: org.organisation,
    });
    expect(refreshCookie(response)).toMatch(/^ambassador_refresh=.+/);
    await api().get('/api/v1/me').set(bearer(response.body.accessToken)).expect(200);
  });

  it('answers an unknown email and a wrong password with the identical 401 invalid_credentials body', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Enumeratie');
    const unknown = await api()
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail('nobody'), password: PASSWORD })
      .expect(401);
    const wrong = await api()
      .post('/api/v1/auth/login')
      .send({ email: org.user.email, password: `${PASSWORD}!` })
      .expect(401);
    expect(unknown.body.code).toBe('invalid_credentials');
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['content-type']).toBe(unknown.headers['content-type']);
    expect(refreshCookie(unknown)).toBeUndefined();
    expect(refreshCookie(wrong)).toBeUndefined();
  });

  it('refuses a deactivated user with the same 401 as a wrong password', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Inactief');
    const member = await createUser(t.app, { organisationId: org.organisation.id, role: 'ambassador' });
    await api().post('/api/v1/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
    await api().delete(`/api/v1/users/${member.user.id}`).set(bearer(org.token)).expect(204);

    const refused = await api()
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: PASSWORD })
      .expect(401);
    const wrong = await api()
      .post('/api/v1/auth/login')
      .send({ email: org.user.email, password: 'not the password' })
      .expect(401);
    expect(refused.body).toEqual(wrong.body);
  });
});

describe('me', () => {
  it('returns the user and the organisation with its default settings', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Me');
    const response = await api().get('/api/v1/me').set(bearer(org.token)).expect(200);
    expect(response.body).toEqual({
      user: org.user,
      organisation: {
        ...org.organisation,
        locale: 'nl',
        timezone: 'Europe/Amsterdam',
        coverageTarget: { perEmployees: 100, minPerCell: 1 },
        phase: 'selection',
        recognition: { enabled: false, points: RECOGNITION_DEFAULT_POINTS },
        privacy: { retentionMonths: 24 },
      },
    });
  });

  it('answers 401 problem+json without a token', async () => {
    const response = await api().get('/api/v1/me').expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('unauthorized');
  });
});
