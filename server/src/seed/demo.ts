import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Role } from '@ambassador/shared';
import type { Db } from '../db/client.ts';
import { Changes, createEventBus } from '../events/index.ts';
import { actorOf } from '../http/actor.ts';
import { hashPassword } from '../modules/auth/secrets.ts';
import { employeeIdsByNumber } from '../modules/employees/employees.repository.ts';
import { importEmployees } from '../modules/employees/import/import.service.ts';
import { insertOrganisation } from '../modules/organisations/organisations.repository.ts';
import { organisations } from '../db/schema/organisations.ts';
import { findActor, insertUser } from '../modules/users/users.repository.ts';
import { seedAmbassadors } from './demo-ambassadors.ts';
import { seedContent } from './demo-content.ts';
import { seedFeedback } from './demo-feedback.ts';
import { seedTraining } from './demo-training.ts';

export const DEMO_ORGANISATION = 'Zorggroep Horizon';
export const DEMO_PASSWORD = 'horizon-demo-2026';
/** The HR export of the fictional organisation; each demo user is one of its employees. */
export const DEMO_EMPLOYEES_CSV = path.join(import.meta.dirname, 'zorggroep-horizon.csv');
export const DEMO_USERS: { role: Role; email: string; name: string; employeeNumber: string }[] = [
  {
    role: 'admin',
    email: 'communicatie@zorggroep-horizon.example',
    name: 'Marieke van der Meer',
    employeeNumber: '1460',
  },
  {
    role: 'ambassador',
    email: 'ambassadeur@zorggroep-horizon.example',
    name: 'Mohamed Scheerder',
    employeeNumber: '1015',
  },
  { role: 'hr', email: 'hr@zorggroep-horizon.example', name: 'Lotte Jacobs', employeeNumber: '1449' },
];

/**
 * On an empty database, creates the demo organisation: its employees from the HR export, and one user per role.
 * Never touches existing data.
 */
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
  const changes = new Changes();
  const { adminId } = await db.transaction(async (tx) => {
    const organisation = await insertOrganisation({ db: tx, name: DEMO_ORGANISATION });
    const organisationId = organisation.id;
    // The seeded story: trainers certified, the pilot session held, the first wave planned.
    await tx.update(organisations).set({ phase: 'pilot' }).where(eq(organisations.id, organisationId));
    await importEmployees({
      db: tx,
      organisationId,
      changes,
      file: readFileSync(DEMO_EMPLOYEES_CSV),
      dryRun: false,
      options: { createMissing: false, markMissingAsLeft: false },
    });
    const employeeIds = await employeeIdsByNumber({
      db: tx,
      organisationId,
      numbers: DEMO_USERS.map((u) => u.employeeNumber),
    });
    const created = [];
    for (const { employeeNumber, ...user } of DEMO_USERS) {
      created.push(
        await insertUser({
          db: tx,
          organisationId,
          user: { ...user, status: 'active', passwordHash, employeeId: employeeIds.get(employeeNumber) },
        }),
      );
    }
    return { organisationId, adminId: created[0]!.id };
  });
  const admin = { db, ...actorOf((await findActor({ db, userId: adminId }))!) };
  await seedAmbassadors({ admin, changes });
  await seedTraining({ admin });
  await seedFeedback({ admin, changes, passwordHash });
  await seedContent({ admin, changes });
  // Today's coverage snapshot, as after any other change; a failure is logged and the seed carries on.
  await createEventBus().flush(changes, { db, log: { error: (obj, msg) => console.error(msg, obj) } });
  return { organisationName: DEMO_ORGANISATION, created: true, logins };
}
