import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { ambassadors } from '../../db/schema/ambassadors.ts';

type Operand = AnyPgColumn | SQL;

/** The ambassador records of one organisation, with the columns other modules may read (a flattened subquery). */
export function ambassadorsOf(db: Db, organisationId: string, alias = 'a') {
  return db
    .select({
      id: ambassadors.id,
      organisationId: ambassadors.organisationId,
      employeeId: ambassadors.employeeId,
      status: ambassadors.status,
      roles: ambassadors.roles,
    })
    .from(ambassadors)
    .where(eq(ambassadors.organisationId, organisationId))
    .as(alias);
}

/** Whether the employee (organisation and employee id columns of the outer query) has an ambassador record. */
export function isAmbassadorSql(organisationId: Operand, employeeId: Operand) {
  return sql`exists (select 1 from ${ambassadors} where ${ambassadors.organisationId} = ${organisationId} and ${ambassadors.employeeId} = ${employeeId})`;
}

/** The id of the employee's ambassador record, or null: a scalar for queries that start before the organisation is known. */
export function ambassadorIdSql(organisationId: Operand, employeeId: Operand) {
  return sql<
    string | null
  >`(select ${ambassadors.id} from ${ambassadors} where ${ambassadors.organisationId} = ${organisationId} and ${ambassadors.employeeId} = ${employeeId})`;
}
