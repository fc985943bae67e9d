import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sentWhileBusy } from '../test/one-query-at-a-time.ts';
import { createTestDatabase } from '../test/test-db.ts';
import type { Db } from './client.ts';
import { rows, together } from './rows.ts';

const t = {} as { db: Db; drop: () => Promise<void> };
beforeAll(async () => {
  const created = await createTestDatabase();
  Object.assign(t, { db: created.database.db, drop: created.drop });
});
afterAll(() => t.drop());

function tracked(log: string[], name: string) {
  return async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
    return name;
  };
}

describe('together', () => {
  it('starts every task at once outside a transaction', async () => {
    const log: string[] = [];
    const result = await together(t.db, [tracked(log, 'a'), tracked(log, 'b')]);
    expect(result).toEqual(['a', 'b']);
    expect(log).toEqual(['start a', 'start b', 'end a', 'end b']);
  });

  it('runs them one after another on a transaction', async () => {
    const log: string[] = [];
    const result = await t.db.transaction((tx) => together(tx, [tracked(log, 'a'), tracked(log, 'b')]));
    expect(result).toEqual(['a', 'b']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('keeps each result in its place', async () => {
    const [one, two] = await t.db.transaction((tx) =>
      together(tx, [
        () => rows<{ n: number }>(tx, sql`select 1 as n`).then((found) => Number(found[0]!.n)),
        () => Promise.resolve('two'),
      ]),
    );
    expect(one).toBe(1);
    expect(two).toBe('two');
  });
});

describe.runIf(inject('testDatabase').kind === 'pg')('the check for parallel queries on a transaction', () => {
  const twoReads = (tx: Db) => [() => tx.execute(sql`select 1`), () => tx.execute(sql`select 2`)] as const;

  it('sees Promise.all on a transaction', async () => {
    sentWhileBusy();
    await t.db.transaction((tx) => Promise.all(twoReads(tx).map((read) => read())));
    expect(sentWhileBusy()).toHaveLength(1);
  });

  it('sees nothing when together runs them', async () => {
    await t.db.transaction((tx) => together(tx, twoReads(tx)));
    expect(sentWhileBusy()).toEqual([]);
  });
});
