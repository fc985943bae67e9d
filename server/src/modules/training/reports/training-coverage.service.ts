import type { TrainedTotals, TrainingCoverage } from '@ambassador/shared';
import { together } from '../../../db/rows.ts';
import type { Scope } from '../../../http/actor.ts';
import { NotFound } from '../../../http/errors.ts';
import { activeAmbassadorEmployees } from '../../ambassadors/ambassador-employees.repository.ts';
import { loadTree } from '../../departments/departments.service.ts';
import { layerRows } from '../../layers/layers.repository.ts';
import { certifications } from '../enrolments/enrolments.repository.ts';
import { trainedCells } from './training-coverage.repository.ts';

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

/** Certified trainers who can train now: active ambassadors, still employed, with their own department. */
export async function activeCertifiedTrainers(scope: Scope) {
  const certified = new Set((await certifications(scope)).map((row) => row.employeeId));
  const active = await activeAmbassadorEmployees(scope);
  return active.filter((row) => certified.has(row.employeeId));
}

/** Who is trained (attended a completed end-user session), per department × layer, rolled up over the tree. */
export async function trainingCoverage(scope: Scope & { departmentId?: string }): Promise<TrainingCoverage> {
  const [tree, layers, cells, trainers] = await together(scope.db, [
    async () => loadTree(scope),
    async () => layerRows(scope),
    async () => trainedCells(scope),
    async () => activeCertifiedTrainers(scope),
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
