import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { departments } from './schema/departments.ts';

/** Escapes `\`, `%` and `_` so user text matches literally inside a LIKE/ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
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
