import type { ImportResult } from '@ambassador/shared';
import type { Changes } from '../../../events/index.ts';
import type { Scope } from '../../../http/actor.ts';
import { lockEmployeeImport } from '../../../db/locks.ts';
import { ambassadorStatuses } from '../../ambassadors/ambassadors.repository.ts';
import { insertDepartments, listDepartmentRows } from '../../departments/departments.repository.ts';
import { insertLayers, layerRows } from '../../layers/layers.repository.ts';
import { allEmployees, markEmployeesLeft, upsertEmployees } from '../employees.repository.ts';
import { ImportInvalid } from '../employees.errors.ts';
import { parseEmployeeCsv } from './parse-csv.ts';
import { planImport, type ImportOptions, type ImportPlan } from './plan-import.ts';

async function loadState({ db, organisationId }: Scope) {
  // One after the other: inside the import's transaction this is a single connection, and pg will stop queueing
  // concurrent queries on one client.
  const layers = await layerRows({ db, organisationId });
  const departments = await listDepartmentRows({ db, organisationId });
  const employees = await allEmployees({ db, organisationId });
  const ambassadors = await ambassadorStatuses({ db, organisationId });
  return { layers, departments, employees, ambassadors };
}

function result(plan: ImportPlan, rows: number, dryRun: boolean, errors: ImportResult['errors']): ImportResult {
  return {
    dryRun,
    rows,
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    markedLeft: plan.leaving.length,
    createdDepartments: plan.newDepartments.length,
    createdLayers: plan.newLayers.length,
    newDepartments: plan.newDepartments.map((department) => department.path),
    newLayers: plan.newLayers.map((layer) => layer.name),
    leftAmbassadors: plan.leftAmbassadors,
    errors,
  };
}

/**
 * Imports an HR export: a dry run reports what would happen; a real run applies all of it in one transaction, or,
 * when any line has an error, nothing at all (422 with the same errors).
 */
export async function importEmployees(
  scope: Scope & { changes: Changes; file: Buffer; dryRun: boolean; options: ImportOptions },
) {
  const { db, organisationId, file, dryRun, options } = scope;
  const parsed = parseEmployeeCsv(file);
  const plan = (state: Awaited<ReturnType<typeof loadState>>) => {
    const planned = planImport(parsed.rows, state, options);
    const errors = [...parsed.errors, ...planned.errors].sort((a, b) => a.line - b.line);
    return { planned, errors };
  };

  if (dryRun) {
    const { planned, errors } = plan(await loadState(scope));
    return result(planned, parsed.rows.length, true, errors);
  }
  // Report the same errors a dry run would, also those found against the organisation (unknown layers).
  if (parsed.errors.length > 0) throw new ImportInvalid(plan(await loadState(scope)).errors);

  const applied = await db.transaction(async (tx) => {
    // One import at a time per organisation: the plan is made from the state this transaction sees.
    await lockEmployeeImport(tx, organisationId);
    const { planned, errors } = plan(await loadState({ db: tx, organisationId }));
    if (errors.length > 0) throw new ImportInvalid(errors);
    await insertLayers({ db: tx, organisationId, values: planned.newLayers });
    await insertDepartments({
      db: tx,
      organisationId,
      values: planned.newDepartments.map(({ path: _path, ...department }) => department),
    });
    await upsertEmployees({ db: tx, organisationId, values: planned.upserts });
    await markEmployeesLeft({ db: tx, organisationId, employeeIds: planned.leaving.map((employee) => employee.id) });
    return result(planned, parsed.rows.length, false, []);
  });
  scope.changes.coverage(organisationId);
  return applied;
}
