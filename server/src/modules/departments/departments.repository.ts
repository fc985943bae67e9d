import { and, count, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { employees } from '../employees/employees.table.ts';
import { departments } from './departments.table.ts';

export type DepartmentRow = typeof departments.$inferSelect;

export async function listDepartmentRows({ db, organisationId }: { db: Db; organisationId: string }) {
  // Raw rows: every list and matrix loads the whole tree, and drizzle's per-field mapping is the bulk of that cost.
  const result = await db.execute(sql`
    select ${departments.id} as "id", ${departments.name} as "name", ${departments.code} as "code", ${departments.parentId} as "parentId"
    from ${departments} where ${departments.organisationId} = ${organisationId}`);
  return (result as unknown as { rows: { id: string; name: string; code: string | null; parentId: string | null }[] })
    .rows;
}

/** Active employees per department, one aggregate for the whole organisation. */
export async function activeEmployeeCounts({ db, organisationId }: { db: Db; organisationId: string }) {
  const rows = await db
    .select({ departmentId: employees.departmentId, n: count() })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), eq(employees.status, 'active')))
    .groupBy(employees.departmentId);
  return new Map(rows.map((row) => [row.departmentId, row.n]));
}

export async function findDepartment({
  db,
  organisationId,
  departmentId,
}: {
  db: Db;
  organisationId: string;
  departmentId: string;
}) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.organisationId, organisationId), eq(departments.id, departmentId)));
  return row;
}

export async function insertDepartments({
  db,
  organisationId,
  values,
}: {
  db: Db;
  organisationId: string;
  values: { id?: string; name: string; code?: string | null; parentId: string | null }[];
}) {
  if (values.length === 0) return [];
  return db
    .insert(departments)
    .values(values.map((value) => ({ ...value, organisationId })))
    .returning();
}

export async function updateDepartment({
  db,
  organisationId,
  departmentId,
  changes,
}: {
  db: Db;
  organisationId: string;
  departmentId: string;
  changes: { name?: string; code?: string | null; parentId?: string | null };
}) {
  const [row] = await db
    .update(departments)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(departments.organisationId, organisationId), eq(departments.id, departmentId)))
    .returning();
  return row;
}

export async function departmentUsage({
  db,
  organisationId,
  departmentId,
}: {
  db: Db;
  organisationId: string;
  departmentId: string;
}) {
  const [row] = await db
    .select({
      children:
        sql<number>`(select count(*) from ${departments} where ${departments.organisationId} = ${organisationId} and ${departments.parentId} = ${departmentId})`.mapWith(
          Number,
        ),
      employees:
        sql<number>`(select count(*) from ${employees} where ${employees.organisationId} = ${organisationId} and ${employees.departmentId} = ${departmentId})`.mapWith(
          Number,
        ),
    })
    .from(sql`(select 1) as one`);
  return { children: row?.children ?? 0, employees: row?.employees ?? 0 };
}

export async function deleteDepartment({
  db,
  organisationId,
  departmentId,
}: {
  db: Db;
  organisationId: string;
  departmentId: string;
}) {
  await db
    .delete(departments)
    .where(and(eq(departments.organisationId, organisationId), eq(departments.id, departmentId)));
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
