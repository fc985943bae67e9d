import { describe, expect, it } from 'vitest';
import { bearer } from '../../test/factories.ts';
import { api, linkedUser, PATHS, useOrg, useTestApp, type Org } from '../training/training.fixtures.ts';
import type { TestApp } from '../../test/test-app.ts';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const OWN = 'urn:ambassador:params:scim:schemas:extension:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const SCIM_JSON = 'application/scim+json';

const t = useTestApp();
const org = useOrg(t, 'Zorggroep Provisie');
const other = useOrg(t, 'Zorggroep Anders');

async function newToken(app: TestApp, of: Org, name = 'Entra ID') {
  const response = await api(app).post('/api/v1/scim-tokens').set(bearer(of.token)).send({ name }).expect(201);
  return response.body as { id: string; secret: string; prefix: string };
}

const scim = (secret: string) => ({
  get: (path: string) => api(t).get(`/api/v1/scim/v2${path}`).set(bearer(secret)),
  post: (path: string, body: object) =>
    api(t).post(`/api/v1/scim/v2${path}`).set(bearer(secret)).set('content-type', SCIM_JSON).send(JSON.stringify(body)),
  put: (path: string, body: object) =>
    api(t).put(`/api/v1/scim/v2${path}`).set(bearer(secret)).set('content-type', SCIM_JSON).send(JSON.stringify(body)),
  patch: (path: string, operations: object[]) =>
    api(t)
      .patch(`/api/v1/scim/v2${path}`)
      .set(bearer(secret))
      .set('content-type', SCIM_JSON)
      .send(JSON.stringify({ schemas: [PATCH_OP], Operations: operations })),
  delete: (path: string) => api(t).delete(`/api/v1/scim/v2${path}`).set(bearer(secret)),
});

const newUser = (overrides: object = {}) => ({
  schemas: [USER, ENTERPRISE],
  userName: 'Ilse.Jansen@provisie.example',
  externalId: 'entra-0001',
  name: { givenName: 'Ilse', familyName: 'Jansen' },
  active: true,
  title: 'Verpleegkundige',
  [ENTERPRISE]: { employeeNumber: 'S100', department: PATHS.eik },
  ...overrides,
});

async function employee(id: string) {
  return (await api(t).get(`/api/v1/employees/${id}`).set(bearer(org.token)).expect(200)).body;
}

describe('SCIM tokens', () => {
  it('are made by admins, shown once with their secret, listed without it, and revoked', async () => {
    const made = await newToken(t, org, 'HR-koppeling');
    expect(made.secret).toMatch(/^amb_scim_[A-Za-z0-9_-]{40,}$/);
    expect(made.secret.startsWith(made.prefix)).toBe(true);
    const list = await api(t).get('/api/v1/scim-tokens').set(bearer(org.token)).expect(200);
    const listed = list.body.items.find((token: { id: string }) => token.id === made.id);
    expect(listed).toMatchObject({ name: 'HR-koppeling', revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(made.secret);

    await scim(made.secret).get('/Users').expect(200);
    const used = await api(t).get('/api/v1/scim-tokens').query({ revoked: false }).set(bearer(org.token));
    expect(used.body.items.find((token: { id: string }) => token.id === made.id).lastUsedAt).not.toBeNull();

    await api(t).delete(`/api/v1/scim-tokens/${made.id}`).set(bearer(org.token)).expect(204);
    await api(t).delete(`/api/v1/scim-tokens/${made.id}`).set(bearer(org.token)).expect(404);
    const refused = await scim(made.secret).get('/Users').expect(401);
    expect(refused.headers['content-type']).toContain(SCIM_JSON);
    expect(refused.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
    const revoked = await api(t).get('/api/v1/scim-tokens').query({ revoked: true }).set(bearer(org.token));
    expect(revoked.body.items.map((token: { id: string }) => token.id)).toContain(made.id);
  });

  it("refuses a missing or wrong token with 401, and never reaches another organisation's employees", async () => {
    for (const header of [undefined, 'Bearer nope', 'Basic abc', `Bearer amb_scim_${'x'.repeat(43)}`]) {
      const call = api(t).get('/api/v1/scim/v2/Users');
      const response = await (header ? call.set('authorization', header) : call).expect(401);
      expect(response.body).toMatchObject({ status: '401', code: 'unauthorized' });
      expect(response.headers['www-authenticate']).toContain('Bearer');
    }
    const mine = await newToken(t, org);
    const theirs = await newToken(t, other);
    const foreign = other.employee('E01').id;
    await scim(mine.secret).get(`/Users/${foreign}`).expect(404);
    await scim(mine.secret)
      .patch(`/Users/${foreign}`, [{ op: 'replace', path: 'active', value: false }])
      .expect(404);
    await scim(mine.secret).delete(`/Users/${foreign}`).expect(404);
    const list = await scim(theirs.secret).get('/Users').expect(200);
    expect(JSON.stringify(list.body)).not.toContain(org.employee('E01').id);
  });
});

describe('SCIM users', () => {
  it('creates an employee with department, default layer, job title and identity keys', async () => {
    const { secret } = await newToken(t, org);
    const created = await scim(secret).post('/Users', newUser()).expect(201);
    expect(created.headers['content-type']).toContain(SCIM_JSON);
    expect(created.body).toMatchObject({
      schemas: expect.arrayContaining([USER, ENTERPRISE, OWN]),
      userName: 'ilse.jansen@provisie.example',
      externalId: 'entra-0001',
      name: { formatted: 'Ilse Jansen', givenName: 'Ilse', familyName: 'Jansen' },
      active: true,
      title: 'Verpleegkundige',
      [ENTERPRISE]: { employeeNumber: 'S100', department: PATHS.eik },
      meta: { resourceType: 'User', location: expect.stringMatching(/\/api\/v1\/scim\/v2\/Users\/[0-9a-f-]{36}$/) },
    });
    // Without a layer, the organisation's last one (its work floor, in the usual order).
    const layers = (await api(t).get('/api/v1/layers').set(bearer(org.token))).body.items as { name: string }[];
    expect(created.body[OWN].layer).toBe(layers.at(-1)!.name);
    expect(await employee(created.body.id)).toMatchObject({
      employeeNumber: 'S100',
      name: 'Ilse Jansen',
      email: 'ilse.jansen@provisie.example',
      jobTitle: 'Verpleegkundige',
      status: 'active',
      department: { path: PATHS.eik },
    });
    await scim(secret).get(`/Users/${created.body.id}`).expect(200);
    // The audit log names the connection, not a person, as the author.
    const log = await api(t)
      .get('/api/v1/audit-events')
      .query({ entity: 'employee', entityId: created.body.id })
      .set(bearer(org.token))
      .expect(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'create',
        actor: null,
        actorKind: 'scim',
        route: 'POST /api/v1/scim/v2/Users',
      }),
    ]);

    const again = await scim(secret)
      .post('/Users', newUser({ externalId: 'entra-other' }))
      .expect(409);
    expect(again.body).toMatchObject({ status: '409', scimType: 'uniqueness', code: 'uniqueness' });
  });

  it('finds users by userName or externalId, and pages with startIndex and count', async () => {
    const { secret } = await newToken(t, org);
    await scim(secret)
      .post(
        '/Users',
        newUser({
          userName: 'kees@provisie.example',
          externalId: 'entra-0002',
          [ENTERPRISE]: { employeeNumber: 'S101', department: 'ICT' },
          [OWN]: { layer: 'Teamleiding' },
        }),
      )
      .expect(201);
    const byName = await scim(secret)
      .get('/Users')
      .query({ filter: 'userName eq "KEES@provisie.example"' })
      .expect(200);
    expect(byName.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(byName.body.Resources[0]).toMatchObject({ externalId: 'entra-0002', [OWN]: { layer: 'Teamleiding' } });
    expect(byName.body.Resources[0][ENTERPRISE].department).toBe(PATHS.ict);
    const byExternal = await scim(secret).get('/Users').query({ filter: 'externalId eq "entra-0002"' }).expect(200);
    expect(byExternal.body.Resources.map((u: { userName: string }) => u.userName)).toEqual(['kees@provisie.example']);
    const none = await scim(secret).get('/Users').query({ filter: 'userName eq "niemand@provisie.example"' });
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

    const all = await scim(secret).get('/Users').expect(200);
    const total = all.body.totalResults as number;
    expect(total).toBeGreaterThanOrEqual(10);
    const page = await scim(secret).get('/Users').query({ startIndex: 3, count: 4 }).expect(200);
    expect(page.body).toMatchObject({ totalResults: total, startIndex: 3, itemsPerPage: 4 });
    expect(page.body.Resources.map((u: { id: string }) => u.id)).toEqual(
      all.body.Resources.slice(2, 6).map((u: { id: string }) => u.id),
    );

    for (const filter of ['name co "x"', 'userName sw "k"', 'userName eq', 'x'.repeat(501)]) {
      const bad = await scim(secret).get('/Users').query({ filter }).expect(400);
      expect(bad.body).toMatchObject({ status: '400', scimType: 'invalidFilter' });
    }
    await scim(secret).get('/Users').query({ count: 'many' }).expect(400);
  });

  it('patches as Entra ID does (string booleans, paths, no-path values) and deactivates as the import does', async () => {
    const { secret } = await newToken(t, org);
    const created = await scim(secret)
      .post(
        '/Users',
        newUser({
          userName: 'lot@provisie.example',
          externalId: 'entra-0003',
          [ENTERPRISE]: { employeeNumber: 'S102', department: PATHS.beuk },
        }),
      )
      .expect(201);
    const path = `/Users/${created.body.id}`;
    const renamed = await scim(secret)
      .patch(path, [
        { op: 'Replace', path: 'name.familyName', value: 'de Boer' },
        { op: 'replace', path: `${ENTERPRISE}:department`, value: PATHS.rivier },
        { op: 'replace', value: { title: 'Teamleider', [OWN]: { layer: 'Teamleiding' } } },
      ])
      .expect(200);
    expect(renamed.body).toMatchObject({ name: { formatted: 'Ilse de Boer' }, title: 'Teamleider' });
    expect(await employee(created.body.id)).toMatchObject({
      name: 'Ilse de Boer',
      jobTitle: 'Teamleider',
      department: { path: PATHS.rivier },
      layer: { name: 'Teamleiding' },
    });

    await scim(secret)
      .patch(path, [{ op: 'Replace', path: 'active', value: 'False' }])
      .expect(200);
    expect((await employee(created.body.id)).status).toBe('left');
    await scim(secret)
      .patch(path, [{ op: 'replace', value: { active: true } }])
      .expect(200);
    expect((await employee(created.body.id)).status).toBe('active');

    await scim(secret).delete(path).expect(204);
    expect((await employee(created.body.id)).status).toBe('left');
    expect((await scim(secret).get(path).expect(200)).body.active).toBe(false);
  });

  it('replaces with PUT, keeping the department when the body has none', async () => {
    const { secret } = await newToken(t, org);
    const created = await scim(secret)
      .post(
        '/Users',
        newUser({
          userName: 'mo@provisie.example',
          externalId: 'entra-0004',
          [ENTERPRISE]: { employeeNumber: 'S103', department: PATHS.ict },
        }),
      )
      .expect(201);
    const replaced = await scim(secret)
      .put(`/Users/${created.body.id}`, { schemas: [USER], userName: 'mo@provisie.example', displayName: 'Mo Amrani' })
      .expect(200);
    expect(replaced.body).toMatchObject({ name: { formatted: 'Mo Amrani' }, [ENTERPRISE]: { department: PATHS.ict } });
  });

  it('refuses bad users with 400 invalidValue or invalidSyntax and writes nothing', async () => {
    const { secret } = await newToken(t, org);
    const before = (await scim(secret).get('/Users').expect(200)).body.totalResults;
    const bad: [object, string][] = [
      [newUser({ userName: undefined }), 'invalidValue'],
      [newUser({ userName: 'a@b.example', name: undefined, externalId: 'x1' }), 'invalidValue'],
      [newUser({ userName: 'a@b.example', externalId: 'x2', [ENTERPRISE]: { department: 'Nergens' } }), 'invalidValue'],
      [newUser({ userName: 'a@b.example', externalId: 'x3', [ENTERPRISE]: {} }), 'invalidValue'],
      [newUser({ userName: 'a@b.example', externalId: 'x4', [OWN]: { layer: 'Geen laag' } }), 'invalidValue'],
      [newUser({ userName: 'a@b.example', externalId: 'x5', active: 'misschien' }), 'invalidValue'],
      [newUser({ userName: 'a\nb@b.example', externalId: 'x6' }), 'invalidValue'],
      [newUser({ userName: 'x'.repeat(300), externalId: 'x7' }), 'invalidValue'],
    ];
    for (const [body, scimType] of bad) {
      const response = await scim(secret).post('/Users', body).expect(400);
      expect(response.body, JSON.stringify(body)).toMatchObject({ status: '400', scimType });
    }
    const notJson = await api(t)
      .post('/api/v1/scim/v2/Users')
      .set(bearer(secret))
      .set('content-type', SCIM_JSON)
      .send('{"userName":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.scimType).toBe('invalidSyntax');
    const target = `/Users/${org.employee('E01').id}`;
    for (const operations of [
      [{ op: 'move', path: 'active' }],
      [{ op: 'replace', path: 'groups[x eq "y"]', value: 1 }],
    ]) {
      await scim(secret).patch(target, operations).expect(400);
    }
    await scim(secret).get('/Users/not-a-uuid').expect(404);
    expect((await scim(secret).get('/Users').expect(200)).body.totalResults).toBe(before);
  });

  it('no longer knows an erased employee, so a later sync cannot write her name back', async () => {
    const { secret } = await newToken(t, org);
    const created = await scim(secret)
      .post(
        '/Users',
        newUser({
          userName: 'wis@provisie.example',
          externalId: 'entra-0009',
          [ENTERPRISE]: { employeeNumber: 'S109', department: PATHS.ict },
        }),
      )
      .expect(201);
    const path = `/Users/${created.body.id}`;
    await scim(secret).delete(path).expect(204);
    await api(t).post(`/api/v1/employees/${created.body.id}/erase`).set(bearer(org.token)).expect(200);

    await scim(secret).get(path).expect(404);
    await scim(secret)
      .patch(path, [{ op: 'replace', value: { active: true, displayName: 'Ilse Jansen' } }])
      .expect(404);
    await scim(secret)
      .put(path, newUser({ userName: 'wis@provisie.example' }))
      .expect(404);
    const found = await scim(secret).get('/Users').query({ filter: 'userName eq "wis@provisie.example"' });
    expect(found.body.totalResults).toBe(0);
    expect((await employee(created.body.id)).name).toMatch(/^Verwijderde medewerker/);
  });

  it("ends a deprovisioned employee's access: her account is deactivated and her token refused", async () => {
    const { secret } = await newToken(t, org);
    const account = await linkedUser(t, org, 'E04');
    await api(t).get('/api/v1/me').set(bearer(account.token)).expect(200);
    await scim(secret)
      .patch(`/Users/${org.employee('E04').id}`, [{ op: 'replace', path: 'active', value: 'False' }])
      .expect(200);
    await api(t).get('/api/v1/me').set(bearer(account.token)).expect(401);
    const users = (await api(t).get('/api/v1/users').set(bearer(org.token)).expect(200)).body.items as {
      id: string;
      status: string;
    }[];
    expect(users.find((user) => user.id === account.id)?.status).toBe('deactivated');
  });

  it('answers odd but possible input with 400, never 500', async () => {
    const { secret } = await newToken(t, org);
    const target = `/Users/${org.employee('E02').id}`;
    for (const value of [null, undefined, 42]) {
      const response = await scim(secret).patch(target, [{ op: 'replace', path: 'emails[type eq "work"]', value }]);
      // Clearing the address is allowed (200); a number is refused (400); nothing crashes.
      expect([200, 400], JSON.stringify(value)).toContain(response.status);
      if (value === 42) expect(response.body.scimType).toBe('invalidValue');
    }
    const twice = await api(t).get('/api/v1/scim/v2/Users?filter=a&filter=b').set(bearer(secret)).expect(400);
    expect(twice.body.status).toBe('400');
  });

  it('describes itself in ServiceProviderConfig', async () => {
    const { secret } = await newToken(t, org);
    const config = await scim(secret).get('/ServiceProviderConfig').expect(200);
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 100 } });
  });
});
