import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, signupOrganisation, type SignedUpOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { checkPlanSize, MAX_PLAN_SESSIONS, MAX_PLAN_SLOTS, MAX_PLAN_WORK } from './planning.service.ts';

let t: TestApp;
let org: SignedUpOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Planbegrenzing');
});
afterAll(() => t.close());

const nextYear = new Date().getUTCFullYear() + 1;
const plan = (body: object) =>
  request(t.app.server)
    .post('/api/v1/training/plan')
    .set(bearer(org.token))
    .send({ sessionMinutes: 60, capacity: 10, startTime: '09:00', ...body })
    .timeout(10_000);

describe('bounds on the wave planner', () => {
  it('refuses a plan with more session slots than it may compute, with 422 plan_too_large', async () => {
    const response = await plan({
      from: `${nextYear}-01-01`,
      to: `${nextYear}-12-31`,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      sessionsPerDay: 8,
      breakMinutes: 0,
    });
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('plan_too_large');
    expect(response.body.detail).toMatch(/slots/);
  });

  it('still plans a long period within the bounds', async () => {
    const response = await plan({
      from: `${nextYear}-01-01`,
      to: `${nextYear}-12-31`,
      weekdays: [2, 4],
      sessionsPerDay: 4,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  });

  it('refuses too many sessions or too much work, and accepts what lies just within', () => {
    const within = { slots: MAX_PLAN_SLOTS, people: 1_000, capacity: 10, departments: 10 };
    expect(() => checkPlanSize(within)).not.toThrow();
    expect(() => checkPlanSize({ ...within, slots: MAX_PLAN_SLOTS + 1 })).toThrow(/slots/);
    expect(() => checkPlanSize({ ...within, people: MAX_PLAN_SESSIONS * 10, departments: 1 })).toThrow(/sessions/);
    const people = Math.floor(MAX_PLAN_WORK / 1_000) + 1;
    expect(() => checkPlanSize({ slots: 1_000, people, capacity: 1_000, departments: 1 })).toThrow(/people over/);
  });
});
