import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { departments } from '../../db/schema/departments.ts';

/** The departments of one organisation, with the columns other modules may read (a flattened subquery). */
export function departmentsOf(db: Db, organisationId: string, alias = 'd') {
  return db
    .select({
      id: departments.id,
      organisationId: departments.organisationId,
      name: departments.name,
      parentId: departments.parentId,
    })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .as(alias);
}

/** Ids of a department and every department above it, by a recursive query: "the audience names this one or a parent". */
export function ancestorIdsSql(organisationId: string, departmentId: string) {
  return sql`(with recursive up(id, parent_id) as (
        select ${departments.id}, ${departments.parentId} from ${departments}
        where ${departments.organisationId} = ${organisationId} and ${departments.id} = ${departmentId}
        union all select p.id, p.parent_id from ${departments} p join up on p.id = up.parent_id
        where p.organisation_id = ${organisationId}) select id from up)`;
}

/** Ids of a department and all below it, by a recursive query; used to filter lists by subtree. */
export function subtreeIds(organisationId: string, departmentId: string) {
  return sql`(with recursive subtree(id) as (
    select ${departments.id} from ${departments} where ${departments.organisationId} = ${organisationId} and ${departments.id} = ${departmentId}
    union all
    select d.id from ${departments} d join subtree s on d.parent_id = s.id where d.organisation_id = ${organisationId}
  ) select id from subtree)`;
}

/** A condition on a department id column: the department itself, and by default every department below it. */
export function inDepartment(
  column: AnyPgColumn,
  {
    organisationId,
    departmentId,
    includeSubdepartments = true,
  }: { organisationId: string; departmentId: string; includeSubdepartments?: boolean },
) {
  return includeSubdepartments
    ? sql`${column} in ${subtreeIds(organisationId, departmentId)}`
    : eq(column, departmentId);
}
