import { sql } from 'drizzle-orm';
import { APP_ROLE, SYSTEM_ROLE, type Db } from './client.ts';
import { rows } from './rows.ts';

/** The scope that sees every organisation: jobs, and the lookups of public routes. */
export const ALL_ORGANISATIONS = 'all';

/**
 * The settings that scope a transaction (migration 0014): the app's role and the organisation it sees, or the
 * system role, which sees them all.
 */
export function organisationSetting(organisationId: string): Record<string, string> {
  if (organisationId === ALL_ORGANISATIONS) return { role: SYSTEM_ROLE, 'app.organisation_id': '' };
  return { role: APP_ROLE, 'app.organisation_id': organisationId };
}

/** Sets each setting for the rest of the transaction `db` (set_config's is_local: gone at commit or rollback). */
export async function setLocalSettings(db: Db, settings: Record<string, string>) {
  const calls = Object.entries(settings).map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
  if (calls.length > 0) await db.execute(sql`select ${sql.join(calls, sql`, `)}`);
}

/** Narrows the transaction `db` to one organisation, once a public route has found which one it acts for. */
export async function scopeToOrganisation(db: Db, organisationId: string) {
  await setLocalSettings(db, organisationSetting(organisationId));
}

/**
 * Runs `fn` across organisations inside the transaction `db`, then returns the transaction to the scope it had:
 * the one narrow way past row-level security for a lookup that must see other organisations (whether a domain is
 * taken). Outside a transaction it changes nothing: the app's connections are across already.
 */
export async function acrossOrganisations<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const [scope] = await rows<{ role: string; organisation: string | null }>(
    db,
    sql`select current_user as role, current_setting('app.organisation_id', true) as organisation`,
  );
  const restore = () => setLocalSettings(db, { role: scope!.role, 'app.organisation_id': scope!.organisation ?? '' });
  await scopeToOrganisation(db, ALL_ORGANISATIONS);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    // A failed query has aborted the transaction, which then refuses the restoring too: the first error counts.
    await restore().catch(() => {});
    throw error;
  }
  await restore();
  return result;
}
