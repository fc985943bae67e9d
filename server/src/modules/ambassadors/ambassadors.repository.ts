import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { AmbassadorListQuery, AmbassadorRole, AmbassadorStatus } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../db/sql.ts';
import { ambassadorStatusChanges, ambassadors } from '../../db/schema/ambassadors.ts';
import { departmentsOf, inDepartment } from '../departments/departments.views.ts';
import { employeesOf } from '../employees/employees.views.ts';
import { layersOf } from '../layers/layers.views.ts';
import { usersOf } from '../users/users.views.ts';

export type AmbassadorRow = typeof ambassadors.$inferSelect;
export type AmbassadorValues = Omit<typeof ambassadors.$inferInsert, 'organisationId' | 'id'>;

/** The ambassador with her employee, department, layer and nominator, joined by the views of those modules. */
function baseQuery(db: Db, organisationId: string) {
  const employees = employeesOf(db, organisationId);
  const departments = departmentsOf(db, organisationId);
  const layers = layersOf(db, organisationId);
  const nominator = employeesOf(db, organisationId, 'nominator');
  const query = db
    .select({
      ambassador: ambassadors,
      employee: {
        id: employees.id,
        employeeNumber: employees.employeeNumber,
        name: employees.name,
        jobTitle: employees.jobTitle,
        status: employees.status,
        departmentId: employees.departmentId,
        departmentName: departments.name,
        layerId: employees.layerId,
        layerName: layers.name,
      },
      nominatorName: nominator.name,
    })
    .from(ambassadors)
    .innerJoin(
      employees,
      and(eq(employees.organisationId, ambassadors.organisationId), eq(employees.id, ambassadors.employeeId)),
    )
    .innerJoin(
      departments,
      and(eq(departments.organisationId, employees.organisationId), eq(departments.id, employees.departmentId)),
    )
    .innerJoin(layers, and(eq(layers.organisationId, employees.organisationId), eq(layers.id, employees.layerId)))
    .leftJoin(
      nominator,
      and(
        eq(nominator.organisationId, ambassadors.organisationId),
        eq(nominator.id, ambassadors.nominatedByEmployeeId),
      ),
    );
  return { query, employees };
}
export type AmbassadorListRow = {
  ambassador: AmbassadorRow;
  employee: {
    id: string;
    employeeNumber: string;
    name: string;
    jobTitle: string | null;
    status: 'active' | 'left';
    departmentId: string;
    departmentName: string;
    layerId: string;
    layerName: string;
  };
  nominatorName: string | null;
};

function conditions(
  organisationId: string,
  filter: AmbassadorListQuery,
  employees: ReturnType<typeof employeesOf>,
): SQL {
  const where: SQL[] = [eq(ambassadors.organisationId, organisationId)];
  if (filter.status) where.push(eq(ambassadors.status, filter.status));
  if (filter.role) where.push(sql`${filter.role} = any(${ambassadors.roles})`);
  if (filter.layerId) where.push(eq(employees.layerId, filter.layerId));
  if (filter.departmentId) {
    const { departmentId, includeSubdepartments } = filter;
    where.push(inDepartment(employees.departmentId, { organisationId, departmentId, includeSubdepartments }));
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(or(ilike(employees.name, pattern), ilike(employees.employeeNumber, pattern))!);
  }
  return and(...where)!;
}

export async function listAmbassadors({
  db,
  organisationId,
  filter,
}: {
  db: Db;
  organisationId: string;
  filter: AmbassadorListQuery;
}) {
  const { query, employees } = baseQuery(db, organisationId);
  const where = conditions(organisationId, filter, employees);
  const [rows, totals] = await together(db, [
    async () =>
      query
        .where(where)
        .orderBy(asc(employees.name), asc(ambassadors.id))
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0),
    async () =>
      db
        .select({ total: count() })
        .from(ambassadors)
        .innerJoin(
          employees,
          and(eq(employees.organisationId, ambassadors.organisationId), eq(employees.id, ambassadors.employeeId)),
        )
        .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findAmbassador({
  db,
  organisationId,
  ambassadorId,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
}) {
  const [row] = await baseQuery(db, organisationId).query.where(
    and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.id, ambassadorId)),
  );
  return row;
}

export async function findAmbassadorByEmployee({
  db,
  organisationId,
  employeeId,
}: {
  db: Db;
  organisationId: string;
  employeeId: string;
}) {
  const [row] = await db
    .select()
    .from(ambassadors)
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.employeeId, employeeId)));
  return row;
}

export async function insertAmbassador({
  db,
  organisationId,
  values,
}: {
  db: Db;
  organisationId: string;
  values: AmbassadorValues;
}) {
  const [row] = await db
    .insert(ambassadors)
    .values({ ...values, organisationId })
    .returning();
  return row!;
}

export async function updateAmbassador({
  db,
  organisationId,
  ambassadorId,
  changes,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
  changes: Partial<AmbassadorValues>;
}) {
  const [row] = await db
    .update(ambassadors)
    .set(changes)
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.id, ambassadorId)))
    .returning();
  return row;
}

/** Adds `role` to the ambassadors of these employees that do not have it yet. */
export async function grantRoleToEmployees({
  db,
  organisationId,
  employeeIds,
  role,
}: {
  db: Db;
  organisationId: string;
  employeeIds: string[];
  role: AmbassadorRole;
}) {
  if (employeeIds.length === 0) return;
  await db
    .update(ambassadors)
    .set({ roles: sql`array_append(${ambassadors.roles}, ${role}::text)` })
    .where(
      and(
        eq(ambassadors.organisationId, organisationId),
        sql`${ambassadors.employeeId} in (${sql.join(
          employeeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
        sql`not (${role}::text = any(${ambassadors.roles}))`,
      ),
    );
}

/** Locks the row for the rest of the transaction, so two status changes cannot both start from the same status. */
export async function lockAmbassador({
  db,
  organisationId,
  ambassadorId,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
}) {
  const [row] = await db
    .select()
    .from(ambassadors)
    .where(and(eq(ambassadors.organisationId, organisationId), eq(ambassadors.id, ambassadorId)))
    .for('update');
  return row;
}

export async function insertStatusChange({
  db,
  organisationId,
  change,
}: {
  db: Db;
  organisationId: string;
  change: {
    ambassadorId: string;
    fromStatus: AmbassadorStatus | null;
    toStatus: AmbassadorStatus;
    note: string | null;
    changedBy: string;
  };
}) {
  await db.insert(ambassadorStatusChanges).values({ ...change, organisationId });
}

export async function statusHistory({
  db,
  organisationId,
  ambassadorId,
}: {
  db: Db;
  organisationId: string;
  ambassadorId: string;
}) {
  const users = usersOf(db, organisationId);
  return db
    .select({
      id: ambassadorStatusChanges.id,
      from: ambassadorStatusChanges.fromStatus,
      to: ambassadorStatusChanges.toStatus,
      note: ambassadorStatusChanges.note,
      changedAt: ambassadorStatusChanges.changedAt,
      changedById: users.id,
      changedByName: users.name,
    })
    .from(ambassadorStatusChanges)
    .leftJoin(
      users,
      and(
        eq(users.organisationId, ambassadorStatusChanges.organisationId),
        eq(users.id, ambassadorStatusChanges.changedBy),
      ),
    )
    .where(
      and(
        eq(ambassadorStatusChanges.organisationId, organisationId),
        eq(ambassadorStatusChanges.ambassadorId, ambassadorId),
      ),
    )
    .orderBy(asc(ambassadorStatusChanges.changedAt), asc(ambassadorStatusChanges.id));
}

/** Employee id and status of every ambassador record, for an import that may mark employees as left. */
export async function ambassadorStatuses({ db, organisationId }: { db: Db; organisationId: string }) {
  return db
    .select({ employeeId: ambassadors.employeeId, status: ambassadors.status })
    .from(ambassadors)
    .where(eq(ambassadors.organisationId, organisationId));
}

/** Ambassador id per employee id. */
export async function ambassadorIdsByEmployee({ db, organisationId }: { db: Db; organisationId: string }) {
  const found = await db
    .select({ id: ambassadors.id, employeeId: ambassadors.employeeId })
    .from(ambassadors)
    .where(eq(ambassadors.organisationId, organisationId));
  return new Map(found.map((row) => [row.employeeId, row.id]));
}
