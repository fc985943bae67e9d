import { count, eq } from 'drizzle-orm';
import type { Role } from '@ambassador/shared';
import type { Db } from '../db/client.ts';
import { hashPassword } from '../modules/auth/secrets.ts';
import { insertOrganisation } from '../modules/organisations/organisations.repository.ts';
import { organisations } from '../modules/organisations/organisations.table.ts';
import { insertUser } from '../modules/users/users.repository.ts';

export const DEMO_ORGANISATION = 'Zorggroep Horizon';
export const DEMO_PASSWORD = 'horizon-demo-2026';
export const DEMO_USERS: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'communicatie@zorggroep-horizon.example', name: 'Sanne de Vries' },
  { role: 'ambassador', email: 'ambassadeur@zorggroep-horizon.example', name: 'Fatima El Amrani' },
  { role: 'hr', email: 'hr@zorggroep-horizon.example', name: 'Peter Jansen' },
];

/** On an empty database, creates the demo organisation with one user per role. Never touches existing data. */
export async function seedDemo({ db }: { db: Db }) {
  const logins = DEMO_USERS.map(({ role, email }) => ({ role, email, password: DEMO_PASSWORD }));
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) {
    const [demo] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, 'zorggroep-horizon'));
    return demo ? { organisationName: DEMO_ORGANISATION, created: false, logins } : undefined;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const organisation = await insertOrganisation({ db: tx, name: DEMO_ORGANISATION });
    for (const user of DEMO_USERS) {
      await insertUser({ db: tx, organisationId: organisation.id, user: { ...user, status: 'active', passwordHash } });
    }
  });
  return { organisationName: DEMO_ORGANISATION, created: true, logins };
}
