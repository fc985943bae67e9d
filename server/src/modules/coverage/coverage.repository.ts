import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { coverageSnapshots } from '../../db/schema/coverage.ts';
import { ambassadorsOf, isAmbassadorSql } from '../ambassadors/ambassadors.views.ts';
import { inDepartment } from '../departments/departments.views.ts';
import { employeesOf } from '../employees/employees.views.ts';
import type { CellCount } from './coverage.calc.ts';
import { coverageVersionSql } from './coverage.views.ts';

/** Active employees of the organisation (already restricted by the view), or of one department's subtree. */
function inScope(employees: ReturnType<typeof employeesOf>, organisationId: string, departmentId?: string) {
  const conditions = [eq(employees.status, 'active')];
  if (departmentId) conditions.push(inDepartment(employees.departmentId, { organisationId, departmentId }));
  return and(...conditions);
}

/**
 * Active employees and active ambassadors per department × layer, in one aggregate over the organisation (or one
 * subtree). An ambassador counts in the cell of her own employee record, and only while that employee is active.
 */
export async function cellCounts({
  db,
  organisationId,
  departmentId,
}: {
  db: Db;
  organisationId: string;
  departmentId?: string;
}) {
  const employees = employeesOf(db, organisationId);
  const ambassadors = ambassadorsOf(db, organisationId);
  // Raw rows: drizzle's per-field result mapping costs more than the aggregate itself on a large organisation.
  const result = await db.execute(sql`
    select ${employees.departmentId} as "departmentId", ${employees.layerId} as "layerId",
           count(*)::int as "employees",
           (count(${ambassadors.id}) filter (where ${ambassadors.status} = 'active'))::int as "ambassadors"
    from ${employees}
    left join ${ambassadors} on ${ambassadors.organisationId} = ${employees.organisationId} and ${ambassadors.employeeId} = ${employees.id}
    where ${inScope(employees, organisationId, departmentId)}
    group by ${employees.departmentId}, ${employees.layerId}`);
  return (result as unknown as { rows: CellCount[] }).rows;
}

/**
 * For every cell, up to `perCell` active employees without any ambassador record, best first: digital skill, then
 * team leads (they reach their whole team), then name. One windowed query, not one per cell.
 */
export async function suggestionCandidates({
  db,
  organisationId,
  departmentId,
  perCell,
}: {
  db: Db;
  organisationId: string;
  departmentId?: string;
  perCell: number;
}) {
  const employees = employeesOf(db, organisationId);
  const skill = sql`case ${employees.digitalSkill} when 'high' then 3 when 'medium' then 2 when 'low' then 0 else 1 end`;
  const lead = sql`case when ${employees.jobTitle} ~* '(teamleider|teamleid|coördinator|coordinator|leidinggevende)' then 1 else 0 end`;
  const ranked = db
    .select({
      employeeId: sql<string>`${employees.id}`.as('employee_id'),
      employeeNumber: sql<string>`${employees.employeeNumber}`.as('employee_number'),
      name: sql<string>`${employees.name}`.as('name'),
      jobTitle: sql<string | null>`${employees.jobTitle}`.as('job_title'),
      departmentId: sql<string>`${employees.departmentId}`.as('department_id'),
      layerId: sql<string>`${employees.layerId}`.as('layer_id'),
      digitalSkill: sql<string | null>`${employees.digitalSkill}`.as('digital_skill'),
      teamLead: sql<number>`${lead}`.as('team_lead'),
      score: sql<number>`${skill} * 2 + ${lead}`.as('score'),
      position:
        sql<number>`row_number() over (partition by ${employees.departmentId}, ${employees.layerId} order by ${skill} * 2 + ${lead} desc, ${employees.name}, ${employees.id})`.as(
          'position',
        ),
    })
    .from(employees)
    .where(
      and(
        inScope(employees, organisationId, departmentId),
        sql`not ${isAmbassadorSql(employees.organisationId, employees.id)}`,
      ),
    )
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.position} <= ${perCell}`);
  return rows.map((row) => ({ ...row, score: Number(row.score), teamLead: Number(row.teamLead) }));
}

export async function upsertSnapshot({
  db,
  organisationId,
  day,
  totals,
}: {
  db: Db;
  organisationId: string;
  day: string;
  totals: Omit<typeof coverageSnapshots.$inferInsert, 'organisationId' | 'day' | 'updatedAt'>;
}) {
  await db
    .insert(coverageSnapshots)
    .values({ organisationId, day, ...totals })
    .onConflictDoUpdate({
      target: [coverageSnapshots.organisationId, coverageSnapshots.day],
      set: totals,
    });
}

export async function listSnapshots({ db, organisationId }: { db: Db; organisationId: string }) {
  return db
    .select()
    .from(coverageSnapshots)
    .where(eq(coverageSnapshots.organisationId, organisationId))
    .orderBy(coverageSnapshots.day);
}

/**
 * How many times the organisation's coverage inputs have changed (0 before the first), and whether the transaction
 * has written anything itself: its own changes are counted only at its commit, so what it computes is not kept.
 */
export async function coverageVersion({ db, organisationId }: { db: Db; organisationId: string }) {
  const result = await db.execute(sql`
    select ${coverageVersionSql(sql`${organisationId}`)} as "version",
           pg_current_xact_id_if_assigned() is null as "clean"`);
  return (result as unknown as { rows: { version: string; clean: boolean }[] }).rows[0]!;
}
