import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { EmployeeListQuery } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../db/sql.ts';
import { employees } from '../../db/schema/employees.ts';
import { isAmbassadorSql } from '../ambassadors/ambassadors.views.ts';
import { departmentsOf, inDepartment } from '../departments/departments.views.ts';
import { layersOf } from '../layers/layers.views.ts';

export type EmployeeRow = typeof employees.$inferSelect;
export type EmployeeValues = Omit<typeof employees.$inferInsert, 'organisationId'>;

/** The list's columns over the employees joined to their department and layer (views of those modules). */
function listColumns(departments: ReturnType<typeof departmentsOf>, layers: ReturnType<typeof layersOf>) {
  return {
    id: employees.id,
    employeeNumber: employees.employeeNumber,
    name: employees.name,
    email: employees.email,
    departmentId: employees.departmentId,
    departmentName: departments.name,
    layerId: employees.layerId,
    layerName: layers.name,
    jobTitle: employees.jobTitle,
    location: employees.location,
    digitalSkill: employees.digitalSkill,
    status: employees.status,
    createdAt: employees.createdAt,
    updatedAt: employees.updatedAt,
  };
}
type Columns = ReturnType<typeof listColumns>;
export type EmployeeListRow = { [K in keyof Columns]: Columns[K]['_']['data'] };

/** Employees joined to their department and layer, by the views of those modules. */
function withDepartmentAndLayer(db: Db, organisationId: string) {
  const departments = departmentsOf(db, organisationId);
  const layers = layersOf(db, organisationId);
  const query = db
    .select(listColumns(departments, layers))
    .from(employees)
    .innerJoin(
      departments,
      and(eq(departments.organisationId, employees.organisationId), eq(departments.id, employees.departmentId)),
    )
    .innerJoin(layers, and(eq(layers.organisationId, employees.organisationId), eq(layers.id, employees.layerId)));
  return { query, departments, layers };
}

function listConditions(organisationId: string, filter: EmployeeListQuery): SQL {
  const conditions: SQL[] = [eq(employees.organisationId, organisationId)];
  if (filter.departmentId) {
    const { departmentId, includeSubdepartments } = filter;
    conditions.push(inDepartment(employees.departmentId, { organisationId, departmentId, includeSubdepartments }));
  }
  if (filter.layerId) conditions.push(eq(employees.layerId, filter.layerId));
  if (filter.status) conditions.push(eq(employees.status, filter.status));
  if (filter.isAmbassador !== undefined) {
    const record = isAmbassadorSql(employees.organisationId, employees.id);
    conditions.push(filter.isAmbassador ? record : sql`not ${record}`);
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(
      or(ilike(employees.name, pattern), ilike(employees.employeeNumber, pattern), ilike(employees.email, pattern))!,
    );
  }
  return and(...conditions)!;
}

/** Names sort as people read them, not by byte (the collation differs between PGlite and PostgreSQL). */
function sorts(departments: ReturnType<typeof departmentsOf>, layers: ReturnType<typeof layersOf>) {
  return {
    name: sql`lower(${employees.name})`,
    employeeNumber: employees.employeeNumber,
    department: sql`lower(${departments.name})`,
    layer: layers.rank,
    jobTitle: employees.jobTitle,
    updatedAt: employees.updatedAt,
  } as const;
}

export async function listEmployees({
  db,
  organisationId,
  filter,
}: {
  db: Db;
  organisationId: string;
  filter: EmployeeListQuery;
}) {
  const where = listConditions(organisationId, filter);
  const direction = filter.order === 'desc' ? desc : asc;
  const { query, departments, layers } = withDepartmentAndLayer(db, organisationId);
  const sortColumn = sorts(departments, layers)[filter.sort ?? 'name'];
  const [rows, totals] = await together(db, [
    async () =>
      query
        .where(where)
        .orderBy(direction(sortColumn), asc(sql`lower(${employees.name})`), asc(employees.id))
        .limit(filter.limit ?? 50)
        .offset(filter.offset ?? 0),
    async () => db.select({ total: count() }).from(employees).where(where),
  ]);
  return { rows: rows as EmployeeListRow[], total: totals[0]?.total ?? 0 };
}

export async function findEmployee({
  db,
  organisationId,
  employeeId,
}: {
  db: Db;
  organisationId: string;
  employeeId: string;
}) {
  const [row] = await withDepartmentAndLayer(db, organisationId).query.where(
    and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId)),
  );
  return row as EmployeeListRow | undefined;
}

export async function insertEmployee({
  db,
  organisationId,
  values,
}: {
  db: Db;
  organisationId: string;
  values: EmployeeValues;
}) {
  const [row] = await db
    .insert(employees)
    .values({ ...values, organisationId })
    .returning();
  return row!;
}

export async function updateEmployee({
  db,
  organisationId,
  employeeId,
  changes,
}: {
  db: Db;
  organisationId: string;
  employeeId: string;
  changes: Partial<EmployeeValues>;
}) {
  const [row] = await db
    .update(employees)
    .set(changes)
    .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId)))
    .returning();
  return row;
}

/** Just enough to check that an id names an employee of this organisation. */
export async function findEmployeeRef({
  db,
  organisationId,
  employeeId,
}: {
  db: Db;
  organisationId: string;
  employeeId: string;
}) {
  const [row] = await db
    .select({ id: employees.id, name: employees.name, status: employees.status })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), eq(employees.id, employeeId)));
  return row;
}

/** Ids of the employees with these numbers, by number. */
export async function employeeIdsByNumber({
  db,
  organisationId,
  numbers,
}: {
  db: Db;
  organisationId: string;
  numbers: string[];
}) {
  const rows = await db
    .select({ id: employees.id, employeeNumber: employees.employeeNumber })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), inArray(employees.employeeNumber, numbers)));
  return new Map(rows.map((row) => [row.employeeNumber, row.id]));
}

/** Every employee of the organisation, for an import's diff or an export. */
export async function allEmployees({ db, organisationId }: { db: Db; organisationId: string }) {
  return db
    .select()
    .from(employees)
    .where(eq(employees.organisationId, organisationId))
    .orderBy(asc(employees.employeeNumber));
}

/** Sized so that a chunk stays far below PostgreSQL's 65,535 bind parameters (11 columns a row). */
const CHUNK = 1000;

/** Inserts new employees and overwrites changed ones, keyed by employee number, in multi-row statements. */
export async function upsertEmployees({
  db,
  organisationId,
  values,
}: {
  db: Db;
  organisationId: string;
  values: EmployeeValues[];
}) {
  for (let start = 0; start < values.length; start += CHUNK) {
    const chunk = values.slice(start, start + CHUNK).map((value) => ({ ...value, organisationId }));
    await db
      .insert(employees)
      .values(chunk)
      .onConflictDoUpdate({
        target: [employees.organisationId, employees.employeeNumber],
        set: {
          name: sql`excluded.name`,
          email: sql`excluded.email`,
          departmentId: sql`excluded.department_id`,
          layerId: sql`excluded.layer_id`,
          jobTitle: sql`excluded.job_title`,
          location: sql`excluded.location`,
          digitalSkill: sql`excluded.digital_skill`,
          status: sql`excluded.status`,
          leftAt: sql`excluded.left_at`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function markEmployeesLeft({
  db,
  organisationId,
  employeeIds,
}: {
  db: Db;
  organisationId: string;
  employeeIds: string[];
}) {
  for (let start = 0; start < employeeIds.length; start += CHUNK) {
    await db
      .update(employees)
      .set({ status: 'left', leftAt: new Date() })
      .where(
        and(
          eq(employees.organisationId, organisationId),
          inArray(employees.id, employeeIds.slice(start, start + CHUNK)),
        ),
      );
  }
}

/** Active employees per department, one aggregate for the whole organisation. */
export async function activeEmployeeCountsByDepartment({ db, organisationId }: { db: Db; organisationId: string }) {
  const rows = await db
    .select({ departmentId: employees.departmentId, n: count() })
    .from(employees)
    .where(and(eq(employees.organisationId, organisationId), eq(employees.status, 'active')))
    .groupBy(employees.departmentId);
  return new Map(rows.map((row) => [row.departmentId, row.n]));
}

/** Which of these ids are active employees of the organisation. */
export async function activeEmployeeIds({ db, organisationId }: { db: Db; organisationId: string }, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const found = await db
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(eq(employees.organisationId, organisationId), eq(employees.status, 'active'), inArray(employees.id, ids)),
    );
  return new Set(found.map((row) => row.id));
}
