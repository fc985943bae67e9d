import { and, asc, eq, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { employees } from '../../../db/schema/employees.ts';
import type { Scope } from '../../../http/actor.ts';

/**
 * Employees who left before `before` and whose data is still there: not yet anonymised (an erased employee's number
 * is `verwijderd-<her id>`). A batch at a time, oldest leavers first.
 */
export async function leftBefore({ db, organisationId, before, limit }: Scope & { before: Date; limit: number }) {
  const rows = await db
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        eq(employees.organisationId, organisationId),
        eq(employees.status, 'left'),
        isNotNull(employees.leftAt),
        lt(employees.leftAt, before),
        ne(employees.employeeNumber, sql`'verwijderd-' || ${employees.id}::text`),
      ),
    )
    .orderBy(asc(employees.leftAt), asc(employees.id))
    .limit(limit);
  return rows.map((row) => row.id);
}
