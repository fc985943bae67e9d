import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../plugins/auth.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Mass assignment: no request body sets what the server decides. Walks every registered API route (routes added
 * later are checked without anyone remembering to): each body schema refuses unknown properties at every level, and
 * none declares the organisation, a record's own id, its timestamps or secrets; a role is given only by the routes
 * whose purpose that is. Then the refusals themselves, over HTTP.
 */

/**
 * What only the server sets, at any depth: the caller's organisation comes from her token, times and hashes from the
 * server. At the top, also the record's own id (an item in a list may carry the id its client keeps, as a round's
 * questions do).
 */
const SERVER_DECIDES = new Set(['organisationId', 'createdAt', 'updatedAt', 'passwordHash', 'tokenHash']);
const decidedHere = (path: string, name: string) => SERVER_DECIDES.has(name) || (path === 'body' && name === 'id');
/** The routes whose purpose is to give a role; the route sweep proves that only admins reach them. */
const ROLE_ROUTES = new Set(['POST /api/v1/users', 'PATCH /api/v1/users/:id', 'PUT /api/v1/organisation/sso']);

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

/** Every object schema in a body schema, with its path: `body`, `body.attendance[]`, … */
function objectsIn(schema: Schema, path = 'body'): { path: string; schema: Schema }[] {
  const found: { path: string; schema: Schema }[] = [];
  if (schema.type === 'object' || schema.properties) found.push({ path, schema });
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    found.push(...objectsIn(property, `${path}.${name}`));
  if (schema.items) found.push(...objectsIn(schema.items, `${path}[]`));
  for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    found.push(...objectsIn(variant, path));
  }
  return found;
}

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Eigen');
  other = await signupOrganisation(t.app, 'Zorggroep Ander');
});
afterAll(() => t.close());

/** The routes that take a JSON body of our own schemas; SCIM's bodies follow RFC 7644 and are parsed by its module. */
const bodyRoutes = () =>
  t.app.apiRoutes.filter((route): route is ApiRoute & { body: Schema } => !!route.body && route.access !== 'scim');

describe('mass assignment', () => {
  it('finds the body routes of every module', () => {
    const urls = bodyRoutes().map((route) => `${route.method} ${route.url}`);
    expect(urls.length).toBeGreaterThan(30);
    expect(urls).toEqual(
      expect.arrayContaining([
        'POST /api/v1/employees',
        'PATCH /api/v1/ambassadors/:id',
        'PUT /api/v1/organisation/sso',
      ]),
    );
  });

  it('refuses unknown properties in every object of every body', () => {
    const open = bodyRoutes().flatMap((route) =>
      objectsIn(route.body)
        .filter(({ schema }) => schema.additionalProperties !== false)
        .map(({ path }) => `${route.method} ${route.url} ${path}`),
    );
    expect(open).toEqual([]);
  });

  it('lets no body name the organisation, an id of its own record, its timestamps or a secret hash', () => {
    const named = bodyRoutes().flatMap((route) =>
      objectsIn(route.body).flatMap(({ path, schema }) =>
        Object.keys(schema.properties ?? {})
          .filter((name) => decidedHere(path, name))
          .map((name) => `${route.method} ${route.url} ${path}.${name}`),
      ),
    );
    expect(named).toEqual([]);
  });

  it('gives a role only through the routes made for it', () => {
    const withRole = bodyRoutes()
      .filter((route) => objectsIn(route.body).some(({ schema }) => 'role' in (schema.properties ?? {})))
      .map((route) => `${route.method} ${route.url}`);
    expect(
      withRole.every((route) => ROLE_ROUTES.has(route)),
      withRole.join(', '),
    ).toBe(true);
  });

  it("refuses an employee created with another organisation's id, and stores nothing", async () => {
    const [department, layers] = await Promise.all([
      api().post('/api/v1/departments').set(bearer(org.token)).send({ name: 'Eigen afdeling' }).expect(201),
      api().get('/api/v1/layers').set(bearer(org.token)).expect(200),
    ]);
    const count = async (of: SignedUpOrg) =>
      (await api().get('/api/v1/employees').set(bearer(of.token)).expect(200)).body.total as number;
    const before = [await count(org), await count(other)];
    const response = await api().post('/api/v1/employees').set(bearer(org.token)).send({
      employeeNumber: 'M-1',
      name: 'Mara Massa',
      departmentId: department.body.id,
      layerId: layers.body.items[0].id,
      organisationId: other.organisation.id,
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect([await count(org), await count(other)]).toEqual(before);
  });

  it('refuses a role in a user’s own preferences, and an hr user raising herself to admin', async () => {
    const hr = await createUser(t.app, { organisationId: org.organisation.id, role: 'hr' });
    await api().patch('/api/v1/me/preferences').set(bearer(hr.token)).send({ role: 'admin' }).expect(400);
    await api().patch(`/api/v1/users/${hr.user.id}`).set(bearer(hr.token)).send({ role: 'admin' }).expect(403);
    const me = await api().get('/api/v1/me').set(bearer(hr.token)).expect(200);
    expect(me.body.user.role).toBe('hr');
  });
});
