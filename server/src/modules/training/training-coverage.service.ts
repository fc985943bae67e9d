import { sql } from 'drizzle-orm';
import type { TrainedTotals, TrainingCoverage } from '@ambassador/shared';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/rows.ts';
import { NotFound } from '../../http/errors.ts';
import { ambassadors } from '../ambassadors/ambassadors.table.ts';
import { loadTree } from '../departments/departments.service.ts';
import { employees } from '../employees/employees.table.ts';
import { layerRows } from '../layers/layers.repository.ts';
import { certifications } from './enrolments.repository.ts';
import { trainingEnrolments, trainingSessions } from './training.table.ts';

type Scope = { db: Db; organisationId: string };
type Tally = { employees: number; trained: number };

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
const finish = ({ employees, trained }: Tally): TrainedTotals => ({
  employees,
  trained,
  trainedPct: pct(trained, employees),
});
const add = (into: Tally, from: Tally) => {
  into.employees += from.employees;
  into.trained += from.trained;
  return into;
};

/** Active employees and how many of them are trained, per department × layer, in one aggregate. */
async function trainedCells({ db, organisationId }: Scope) {
  return rows<{ departmentId: string; layerId: string; employees: number; trained: number }>(
    db,
    // The trained set once, joined in: cheaper than a correlated EXISTS for every employee.
    sql`with trained as (
        select distinct te.employee_id from ${trainingEnrolments} te
        join ${trainingSessions} ts on ts.organisation_id = te.organisation_id and ts.id = te.session_id
        where te.organisation_id = ${organisationId} and te.status = 'attended'
          and ts.kind = 'end_user' and ts.status = 'completed')
      select e.department_id as "departmentId", e.layer_id as "layerId", count(*)::int as employees,
        count(trained.employee_id)::int as trained
      from ${employees} e left join trained on trained.employee_id = e.id
      where e.organisation_id = ${organisationId} and e.status = 'active'
      group by e.department_id, e.layer_id`,
  );
}

/** Certified trainers who can train now: active ambassadors, still employed, with their own department. */
export async function activeCertifiedTrainers(scope: Scope) {
  const certified = new Set((await certifications(scope)).map((row) => row.employeeId));
  const active = await rows<{ employeeId: string; departmentId: string }>(
    scope.db,
    sql`select e.id as "employeeId", e.department_id as "departmentId" from ${ambassadors} a
      join ${employees} e on e.organisation_id = a.organisation_id and e.id = a.employee_id
      where a.organisation_id = ${scope.organisationId} and a.status = 'active' and e.status = 'active'`,
  );
  return active.filter((row) => certified.has(row.employeeId));
}

/** Who is trained (attended a completed end-user session), per department × layer, rolled up over the tree. */
export async function trainingCoverage(scope: Scope & { departmentId?: string }): Promise<TrainingCoverage> {
  const [tree, layers, cells, trainers] = await Promise.all([
    loadTree(scope),
    layerRows(scope),
    trainedCells(scope),
    activeCertifiedTrainers(scope),
  ]);
  if (scope.departmentId && !tree.byId.has(scope.departmentId)) throw new NotFound('department');
  const inScope = scope.departmentId ? new Set(tree.subtree(scope.departmentId)) : undefined;
  const scoped = cells.filter((cell) => !inScope || inScope.has(cell.departmentId));

  const own = new Map<string, Tally>();
  const byLayer = new Map<string, Tally>();
  const total: Tally = { employees: 0, trained: 0 };
  for (const cell of scoped) {
    add(
      own.get(cell.departmentId) ?? own.set(cell.departmentId, { employees: 0, trained: 0 }).get(cell.departmentId)!,
      cell,
    );
    add(byLayer.get(cell.layerId) ?? byLayer.set(cell.layerId, { employees: 0, trained: 0 }).get(cell.layerId)!, cell);
    add(total, cell);
  }
  const trainersIn = new Map<string, number>();
  for (const trainer of trainers) trainersIn.set(trainer.departmentId, (trainersIn.get(trainer.departmentId) ?? 0) + 1);

  const subtree = new Map<string, Tally & { trainers: number }>();
  const rollUp = (id: string): Tally & { trainers: number } => {
    const sum = {
      ...add({ employees: 0, trained: 0 }, own.get(id) ?? { employees: 0, trained: 0 }),
      trainers: trainersIn.get(id) ?? 0,
    };
    for (const child of tree.childrenOf(id)) {
      const below = rollUp(child.id);
      add(sum, below);
      sum.trainers += below.trainers;
    }
    subtree.set(id, sum);
    return sum;
  };
  for (const root of tree.childrenOf(null)) rollUp(root.id);

  const departments = tree.ordered().filter((department) => !inScope || inScope.has(department.id));
  return {
    totals: {
      ...finish(total),
      certifiedTrainers: trainers.filter((trainer) => !inScope || inScope.has(trainer.departmentId)).length,
    },
    layers: layers.map((layer) => ({
      ...layer,
      totals: finish(byLayer.get(layer.id) ?? { employees: 0, trained: 0 }),
    })),
    departments: departments.map((department) => {
      const sum = subtree.get(department.id) ?? { employees: 0, trained: 0, trainers: 0 };
      return {
        id: department.id,
        name: department.name,
        parentId: department.parentId,
        path: tree.path(department.id),
        ...finish(sum),
        certifiedTrainers: sum.trainers,
        own: finish(own.get(department.id) ?? { employees: 0, trained: 0 }),
      };
    }),
    cells: scoped.map((cell) => ({ ...cell, trainedPct: pct(cell.trained, cell.employees) })),
    departmentsWithoutTrainer: departments
      .filter((department) => (own.get(department.id)?.employees ?? 0) > 0 && !trainersIn.has(department.id))
      .map((department) => ({
        id: department.id,
        name: department.name,
        path: tree.path(department.id),
        employees: own.get(department.id)!.employees,
      })),
  };
}
