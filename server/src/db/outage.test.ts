import net from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { createDb, type Database } from './client.ts';
import { rows } from './rows.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { testConfig } from '../test/test-app.ts';
import { bearer, signupOrganisation } from '../test/factories.ts';

/**
 * PostgreSQL going away and coming back, as in a restart: a TCP proxy in front of the test database is stopped
 * (every connection cut, new ones refused) and started again on the same port. The same app must answer 503 during
 * the outage and 200 afterwards, without a restart of its own.
 */
class Outage {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private target: { host: string; port: number }) {}

  async start() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async stop() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

const onPostgres = inject('testDatabase').kind === 'pg';

describe.skipIf(!onPostgres)('a PostgreSQL outage', () => {
  let proxy: Outage;
  let database: Database;
  let app: App;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const test = await createTestDatabase();
    drop = test.drop;
    const url = new URL(test.url!);
    proxy = new Outage({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.start();
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    database = await createDb({ databaseUrl: url.toString(), dataDir: '/nonexistent' });
    app = await buildApp({ config: testConfig(), database, logger: false });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await database.close();
    await proxy.stop().catch(() => {});
    await drop();
  });

  it('answers 503 database_unavailable while it is down and serves again from the same process when it is back', async () => {
    const org = await signupOrganisation(app, 'Outage Zorg');
    await request(app.server).get('/readyz').expect(200);
    await request(app.server).get('/api/v1/me').set(bearer(org.token)).expect(200);

    await proxy.stop();
    const ready = await request(app.server).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.code).toBe('database_unavailable');
    const me = await request(app.server).get('/api/v1/me').set(bearer(org.token));
    expect(me.status).toBe(503);
    expect(me.headers['content-type']).toContain('application/problem+json');
    expect(me.body.code).toBe('database_unavailable');
    const health = await request(app.server).get('/healthz');
    expect(health.status).toBe(200);

    await proxy.start();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await request(app.server).get('/readyz')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    await request(app.server).get('/api/v1/me').set(bearer(org.token)).expect(200);
  });
});

describe.skipIf(!onPostgres)('a connection ended by the server while in use', () => {
  it('fails the transaction that holds it, and nothing else', async () => {
    const test = await createTestDatabase();
    const admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
    try {
      // A request's transaction waits on its handler while PostgreSQL ends its connection (a restart does that to
      // every connection). Without a listener on the client in use, its 'error' event would end the process.
      const failure = await test.database.db
        .transaction(async (tx) => {
          const [own] = await rows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
          await admin.query('select pg_terminate_backend($1)', [own!.pid]);
          await new Promise((resolve) => setTimeout(resolve, 100));
          await tx.execute(sql`select 1`);
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(Error);
      const [after] = await rows<{ ok: number }>(test.database.db, sql`select 1 as ok`);
      expect(after).toEqual({ ok: 1 });
    } finally {
      await admin.end();
      await test.drop();
    }
  });
});

describe.skipIf(!onPostgres)('a request whose connection PostgreSQL ends', () => {
  it('answers 503 database_unavailable, not a failed error answer, when its rollback cannot reach the server', async () => {
    const test = await createTestDatabase();
    const admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
    const app = await buildApp({ config: testConfig(), database: test.database, logger: false });
    // A restart in the middle of a request: its connection is ended while the handler still uses it.
    app.get('/api/v1/test/cut-off', { config: { access: ['admin'] } }, async (req) => {
      const [own] = await rows<{ pid: number }>(req.db, sql`select pg_backend_pid() as pid`);
      await admin.query('select pg_terminate_backend($1)', [own!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return rows(req.db, sql`select 1`);
    });
    try {
      await app.ready();
      const org = await signupOrganisation(app, 'Afgebroken Zorg');
      const response = await request(app.server).get('/api/v1/test/cut-off').set(bearer(org.token));
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('database_unavailable');
      await request(app.server).get('/api/v1/me').set(bearer(org.token)).expect(200);
    } finally {
      await app.close();
      await admin.end();
      await test.drop();
    }
  });
});
