import type { Scope } from '../../http/actor.ts';
import { together } from '../../db/rows.ts';
import { DepartmentTree } from '../departments/department-tree.ts';
import { listDepartmentRows } from '../departments/departments.repository.ts';
import { layerRows } from '../layers/layers.repository.ts';
import { staffedDepartmentIds, staffedLayerIds } from './structure.repository.ts';

/**
 * The organisation's layers (rank order) and departments (tree order), and which of them have active employees: what
 * a round's coverage and results are read against. Three or four small queries, whatever the size of the organisation.
 */
export type Structure = {
  layers: { id: string; name: string; staffed: boolean }[];
  departments: { id: string; path: string; staffed: boolean }[];
  layerOrder: Map<string, number>;
  departmentOrder: Map<string, number>;
};

/** `staffedDepartments: false` leaves out which departments have employees (every one then counts as staffed). */
export async function loadStructure(
  scope: Scope,
  { staffedDepartments = true }: { staffedDepartments?: boolean } = {},
): Promise<Structure> {
  const [layers, departmentRows, staffedLayers, staffed] = await together(scope.db, [
    () => layerRows(scope),
    () => listDepartmentRows(scope),
    () => staffedLayerIds(scope),
    () => (staffedDepartments ? staffedDepartmentIds(scope) : Promise.resolve(undefined)),
  ]);
  const tree = new DepartmentTree(departmentRows);
  const departments = tree.ordered().map((department) => ({
    id: department.id,
    path: tree.path(department.id),
    staffed: staffed?.has(department.id) ?? true,
  }));
  return {
    layers: layers.map((layer) => ({ id: layer.id, name: layer.name, staffed: staffedLayers.has(layer.id) })),
    departments,
    layerOrder: new Map(layers.map((layer, index) => [layer.id, index])),
    departmentOrder: new Map(departments.map((department, index) => [department.id, index])),
  };
}
