import { sql } from 'drizzle-orm';
import type { Scope } from '../../http/actor.ts';
import { rows } from '../../db/rows.ts';
import { departmentsOf } from '../departments/departments.views.ts';
import { employeesOf } from '../employees/employees.views.ts';
import { layersOf } from '../layers/layers.views.ts';

/**
 * Ids of the organisation's layers that have an active employee: one index probe per layer, not an aggregate over
 * every employee.
 */
export async function staffedLayerIds({ db, organisationId }: Scope): Promise<Set<string>> {
  const found = await rows<{ id: string }>(
    db,
    sql`select l.id from ${layersOf(db, organisationId)}
      where exists (select 1 from ${employeesOf(db, organisationId)} where e.layer_id = l.id and e.status = 'active')`,
  );
  return new Set(found.map((row) => row.id));
}

/** Ids of the organisation's departments that have an active employee of their own, by index probes. */
export async function staffedDepartmentIds({ db, organisationId }: Scope): Promise<Set<string>> {
  const found = await rows<{ id: string }>(
    db,
    sql`select d.id from ${departmentsOf(db, organisationId)}
      where exists (select 1 from ${employeesOf(db, organisationId)} where e.department_id = d.id and e.status = 'active')`,
  );
  return new Set(found.map((row) => row.id));
}
