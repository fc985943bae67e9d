import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { departments } from '../../db/schema/departments.ts';
import { employeesOf } from '../employees/employees.views.ts';

export type DepartmentRow = typeof departments.$inferSelect;

export async function listDepartmentRows({ db, organisationId }: { db: Db; organisationId: string }) {
  // Raw rows: every list and matrix loads the whole tree, and drizzle's per-field mapping is the bulk of that cost.
  const result = await db.execute(sql`
    select ${departments.id} as "id", ${departments.name} as "name", ${departments.code} as "code", ${departments.parentId} as "parentId"
    from ${departments} where ${departments.organisationId} = ${organisationId}`);
  return (result as unknown as { rows: { id: string; name: string; code: string | null; parentId: string | null }[] })
    .rows;
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
    .set(changes)
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
  const e = employeesOf(db, organisationId);
  const [row] = await db
    .select({
      children:
        sql<number>`(select count(*) from ${departments} where ${departments.organisationId} = ${organisationId} and ${departments.parentId} = ${departmentId})`.mapWith(
          Number,
        ),
      employees: sql<number>`(select count(*) from ${e} where ${e.departmentId} = ${departmentId})`.mapWith(Number),
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
