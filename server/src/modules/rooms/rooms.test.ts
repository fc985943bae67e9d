import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

type Room = { id: string; name: string; capacity: number | null; active: boolean };

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await signupOrganisation(t.app, 'Zorggroep Zalen');
  other = await signupOrganisation(t.app, 'Zorggroep Elders');
});
afterAll(() => t.close());

const api = () => request(t.app.server);
const create = (token: string, body: object) => api().post('/api/v1/rooms').set(bearer(token)).send(body);

describe('rooms', () => {
  it('creates rooms (name trimmed, capacity optional, active by default) and lists them by name, a page at a time', async () => {
    const zaal = await create(org.token, { name: '  Zaal 1 ', capacity: 12 }).expect(201);
    expect(zaal.body).toEqual({ id: expect.any(String), name: 'Zaal 1', capacity: 12, active: true });
    await create(org.token, { name: 'Atelier' }).expect(201);
    await create(org.token, { name: 'Kapel', capacity: null, active: false }).expect(201);

    const all = await api().get('/api/v1/rooms').set(bearer(org.token)).expect(200);
    expect(all.body.items.map((room: Room) => room.name)).toEqual(['Atelier', 'Kapel', 'Zaal 1']);
    expect(all.body).toMatchObject({ total: 3, nextCursor: null });

    const first = await api().get('/api/v1/rooms').query({ limit: 2 }).set(bearer(org.token)).expect(200);
    expect(first.body.items).toHaveLength(2);
    const next = await api()
      .get('/api/v1/rooms')
      .query({ limit: 2, cursor: first.body.nextCursor })
      .set(bearer(org.token))
      .expect(200);
    expect(next.body.items.map((room: Room) => room.name)).toEqual(['Zaal 1']);

    const active = await api().get('/api/v1/rooms').query({ active: true, q: 'a' }).set(bearer(org.token)).expect(200);
    expect(active.body.items.map((room: Room) => room.name)).toEqual(['Atelier', 'Zaal 1']);
  });

  it('refuses a second room of the same name, whatever its case, with 409 room_name_taken', async () => {
    await create(org.token, { name: 'Serre' }).expect(201);
    const response = await create(org.token, { name: 'serre' }).expect(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('room_name_taken');
    // Another organisation may use the name.
    await create(other.token, { name: 'Serre' }).expect(201);
  });

  it('refuses bad input with 400 and a code', async () => {
    for (const body of [
      {},
      { name: '   ' },
      { name: 'x'.repeat(201) },
      { name: 'Zaal\nB' },
      { name: 'Zaal', capacity: 0 },
      { name: 'Zaal', capacity: 1001 },
      { name: 'Zaal', capacity: 2.5 },
      { name: 'Zaal', extra: true },
    ]) {
      const response = await create(org.token, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toEqual(expect.any(String));
    }
    const room = (await create(org.token, { name: 'Leeszaal' }).expect(201)).body as Room;
    expect((await api().patch(`/api/v1/rooms/${room.id}`).set(bearer(org.token)).send({})).status).toBe(400);
    expect((await api().patch('/api/v1/rooms/not-a-uuid').set(bearer(org.token)).send({ active: false })).status).toBe(
      400,
    );
    expect((await api().get('/api/v1/rooms').query({ limit: 10_000 }).set(bearer(org.token))).status).toBe(400);
  });

  it('changes and deactivates a room', async () => {
    const room = (await create(org.token, { name: 'Vergaderruimte' }).expect(201)).body as Room;
    const changed = await api()
      .patch(`/api/v1/rooms/${room.id}`)
      .set(bearer(org.token))
      .send({ name: 'Vergaderzaal', capacity: 8, active: false })
      .expect(200);
    expect(changed.body).toEqual({ id: room.id, name: 'Vergaderzaal', capacity: 8, active: false });
    const taken = await api().patch(`/api/v1/rooms/${room.id}`).set(bearer(org.token)).send({ name: 'ZAAL 1' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('room_name_taken');
  });

  it('deletes an unused room, and refuses one sessions are held in with 409 room_in_use', async () => {
    const unused = (await create(org.token, { name: 'Tijdelijk' }).expect(201)).body as Room;
    await api().delete(`/api/v1/rooms/${unused.id}`).set(bearer(org.token)).expect(204);
    await api().delete(`/api/v1/rooms/${unused.id}`).set(bearer(org.token)).expect(404);

    const used = (await create(org.token, { name: 'Leslokaal' }).expect(201)).body as Room;
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    await api()
      .post('/api/v1/training-sessions')
      .set(bearer(org.token))
      .send({
        kind: 'end_user',
        title: 'Werken met het ECD',
        capacity: 10,
        location: 'leslokaal ',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
      })
      .expect(201);
    const response = await api().delete(`/api/v1/rooms/${used.id}`).set(bearer(org.token)).expect(409);
    expect(response.body.code).toBe('room_in_use');

    // Sessions name the room by its name: a rename would cut them loose from it. Its case and the rest may change.
    const rename = (body: object) => api().patch(`/api/v1/rooms/${used.id}`).set(bearer(org.token)).send(body);
    const renamed = await rename({ name: 'Leslokaal (BG)' }).expect(409);
    expect(renamed.body.code).toBe('room_in_use');
    const recased = await rename({ name: 'LESLOKAAL', capacity: 14 }).expect(200);
    expect(recased.body).toMatchObject({ name: 'LESLOKAAL', capacity: 14 });
  });

  it("answers 404 for another organisation's room, and leaves it as it was", async () => {
    const theirs = (await create(other.token, { name: 'Hun kamer' }).expect(201)).body as Room;
    await api().patch(`/api/v1/rooms/${theirs.id}`).set(bearer(org.token)).send({ active: false }).expect(404);
    await api().delete(`/api/v1/rooms/${theirs.id}`).set(bearer(org.token)).expect(404);
    await api().patch(`/api/v1/rooms/${randomUUID()}`).set(bearer(org.token)).send({ active: false }).expect(404);
    const list = await api().get('/api/v1/rooms').set(bearer(org.token)).expect(200);
    expect(list.body.items.map((room: Room) => room.id)).not.toContain(theirs.id);
    const still = await api().get('/api/v1/rooms').query({ q: 'Hun' }).set(bearer(other.token)).expect(200);
    expect(still.body.items).toEqual([{ ...theirs, active: true }]);
  });

  it('is for admins only', async () => {
    for (const role of ['hr', 'ambassador'] as const) {
      const { token } = await createUser(t.app, { organisationId: org.organisation.id, role });
      await api().get('/api/v1/rooms').set(bearer(token)).expect(403);
      await create(token, { name: `Van ${role}` }).expect(403);
    }
    await api().get('/api/v1/rooms').expect(401);
  });
});
