import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { bearer, signupOrganisation, type SignedUpOrg } from '../test/factories.ts';
import { testConfig } from '../test/test-app.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { APP_ROLE, SYSTEM_ROLE, type Database, type Db } from './client.ts';
import { rows } from './rows.ts';
import { ALL_ORGANISATIONS, organisationSetting, setLocalSettings } from './settings.ts';

/** Runs `fn` in a transaction that works for `organisation` ('' for none), and rolls it back. */
async function asOrganisation<T>(db: Db, organisation: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  let result!: T;
  await db
    .transaction(async (tx) => {
      await setLocalSettings(tx, organisationSetting(organisation));
      result = await fn(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'Rollback')) throw error;
    });
  return result;
}

/** A query the database refused for want of privilege (SQLSTATE 42501), as drizzle wraps it. */
const refused = (message: RegExp) => ({
  cause: expect.objectContaining({ code: '42501', message: expect.stringMatching(message) }),
});

async function layerOrganisations(db: Db): Promise<string[]> {
  const found = await rows<{ organisation_id: string }>(db, sql`select organisation_id from layers`);
  return [...new Set(found.map((row) => row.organisation_id))].sort();
}

describe('row-level security: the second wall between organisations', () => {
  let app: App;
  let database: Database;
  let drop: () => Promise<void>;
  let first: SignedUpOrg;
  let second: SignedUpOrg;

  beforeAll(async () => {
    ({ database, drop } = await createTestDatabase());
    app = await buildApp({ config: testConfig(), database, logger: false });
    // A route that forgets to filter on the organisation: the wall must hold without the first one.
    app.get('/api/v1/test/all-layers', { config: { access: ['admin'] } }, async (req) => ({
      organisations: await layerOrganisations(req.db),
    }));
    await app.ready();
    first = await signupOrganisation(app, 'Zorggroep Eerste');
    second = await signupOrganisation(app, 'Zorggroep Tweede');
  });

  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('has every table with an organisation_id enabled, forced and scoped by its two policies', async () => {
    const tables = await rows<{ table: string; enabled: boolean; forced: boolean; policies: string[] }>(
      database.db,
      sql`select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
            array(select p.policyname || ' ' || p.roles::text || ' ' || p.cmd || ' ' || p.qual || ' ' || p.with_check
              from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                and p.policyname in ('organisation', 'across_organisations')
              order by p.policyname) as policies
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
          join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped
          where c.relkind in ('r', 'p')
          order by c.relname`,
    );
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['employees', 'users', 'audit_events']));
    const expected = [
      `across_organisations {${SYSTEM_ROLE}} ALL true true`,
      `organisation {${APP_ROLE}} ALL (organisation_id = app_organisation_id()) (organisation_id = app_organisation_id())`,
    ];
    const unguarded = tables.filter(
      (t) => !t.enabled || !t.forced || JSON.stringify(t.policies) !== JSON.stringify(expected),
    );
    expect(unguarded).toEqual([]);
  });

  it('works as roles that are neither superuser, nor exempt from the policies, nor owner of a table', async () => {
    const roles = await rows<{ name: string; superuser: boolean; bypass: boolean; owned: number }>(
      database.db,
      sql`select r.rolname as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
            (select count(*)::int from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname) as owned
          from pg_roles r where r.rolname in (current_user, ${APP_ROLE}) order by r.rolname`,
    );
    expect(roles).toEqual([
      { name: APP_ROLE, superuser: false, bypass: false, owned: 0 },
      { name: SYSTEM_ROLE, superuser: false, bypass: false, owned: 0 },
    ]);
  });

  it("sees no rows in a transaction of the app's role that does not say which organisation it works for", async () => {
    for (const unset of [{ 'app.organisation_id': '' }, {}] as Record<string, string>[]) {
      const seen = await database.db.transaction(async (tx) => {
        await setLocalSettings(tx, { role: APP_ROLE, ...unset });
        return rows<{ layers: number; users: number; employees: number }>(
          tx,
          sql`select (select count(*)::int from layers) as layers, (select count(*)::int from users) as users,
                (select count(*)::int from employees) as employees`,
        );
      });
      expect(seen).toEqual([{ layers: 0, users: 0, employees: 0 }]);
    }
    // The same tables, across organisations: both signed-up organisations' rows are there.
    expect(await layerOrganisations(database.db)).toEqual([first.organisation.id, second.organisation.id].sort());
  });

  it("sees only its own organisation's rows, and cannot write another's", async () => {
    const { id: mine } = first.organisation;
    const { id: theirs } = second.organisation;
    expect(await asOrganisation(database.db, mine, layerOrganisations)).toEqual([mine]);
    expect(await asOrganisation(database.db, theirs, layerOrganisations)).toEqual([theirs]);
    expect(await asOrganisation(database.db, ALL_ORGANISATIONS, layerOrganisations)).toHaveLength(2);

    const renamed = await asOrganisation(database.db, mine, (tx) =>
      rows(tx, sql`update layers set name = name || ' (x)' where organisation_id = ${theirs} returning id`),
    );
    expect(renamed).toEqual([]);
    await expect(
      asOrganisation(database.db, mine, (tx) =>
        tx.execute(sql`insert into layers (organisation_id, name, rank) values (${theirs}, 'Indringer', 99)`),
      ),
    ).rejects.toMatchObject(refused(/row-level security/));
  });

  it("answers a route that forgets the organisation filter with its caller's organisation only", async () => {
    const mine = await request(app.server).get('/api/v1/test/all-layers').set(bearer(first.token)).expect(200);
    expect(mine.body).toEqual({ organisations: [first.organisation.id] });
    const theirs = await request(app.server).get('/api/v1/test/all-layers').set(bearer(second.token)).expect(200);
    expect(theirs.body).toEqual({ organisations: [second.organisation.id] });
  });

  it('may add to the audit log but never change or remove an event', async () => {
    const [before] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_events`);
    expect(before!.n).toBeGreaterThan(0);
    await expect(database.db.execute(sql`update audit_events set action = 'changed'`)).rejects.toMatchObject(
      refused(/permission denied/),
    );
    await expect(database.db.execute(sql`delete from audit_events`)).rejects.toMatchObject(
      refused(/permission denied/),
    );
    const [after] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_events`);
    expect(after!.n).toBe(before!.n);
  });
});
