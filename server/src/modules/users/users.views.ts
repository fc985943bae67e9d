import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/users.ts';

/** The users of one organisation, with the columns other modules may read (a flattened subquery). */
export function usersOf(db: Db, organisationId: string, alias = 'u') {
  return db
    .select({ id: users.id, organisationId: users.organisationId, name: users.name })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .as(alias);
}

/** The sign-in address of each user of one organisation who is an employee, to find a person by it. */
export function userEmailsOf(db: Db, organisationId: string, alias = 'ue') {
  return db
    .select({ employeeId: users.employeeId, organisationId: users.organisationId, email: users.email })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), isNotNull(users.employeeId)))
    .as(alias);
}

/** Who can be mailed: each user of one organisation with her address, status and employee (to find an ambassador's). */
export function mailRecipientsOf(db: Db, organisationId: string, alias = 'mr') {
  return db
    .select({
      id: users.id,
      organisationId: users.organisationId,
      email: users.email,
      name: users.name,
      status: users.status,
      role: users.role,
      employeeId: users.employeeId,
    })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .as(alias);
}
