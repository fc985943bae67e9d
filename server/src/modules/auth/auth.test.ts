import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { bearer, PASSWORD, signupOrganisation, uniqueEmail } from '../../test/factories.ts';
import { layers } from '../layers/layers.table.ts';
import { eq } from 'drizzle-orm';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('signup', () => {
  it('creates the organisation, its five layers in rank order and its first admin', async () => {
    const org = await signupOrganisation(t.app, 'Zorggroep Signup');
    expect(org.user.role).toBe('admin');
    expect(org.organisation.slug).toBe('zorggroep-signup');
    const rows = await t.app.db.select().from(layers).where(eq(layers.organisationId, org.organisation.id));
    expect(rows.sort((a, b) => a.rank - b.rank).map((l) => l.name)).toEqual([
      'Bestuur en directie',
      'Management',
      'Teamleiding',
      'Zorg en behandeling',
      'Ondersteuning',
    ]);
  });
});
