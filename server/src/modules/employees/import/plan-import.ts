import { randomUUID } from 'node:crypto';
import type { ImportError } from '@ambassador/shared';
import { DepartmentTree, PATH_SEPARATOR, type TreeNode } from '../../departments/department-tree.ts';
import type { EmployeeRow, EmployeeValues } from '../employees.repository.ts';
import type { CsvRow } from './parse-csv.ts';

export type ImportOptions = { createMissing: boolean; markMissingAsLeft: boolean };

export type ImportState = {
  layers: { id: string; name: string; rank: number }[];
  departments: TreeNode[];
  employees: EmployeeRow[];
  ambassadors: { employeeId: string; status: string }[];
};

export type ImportPlan = {
  errors: ImportError[];
  newLayers: { id: string; name: string; rank: number }[];
  /** Parents before children, so they can be inserted in this order. */
  newDepartments: { id: string; name: string; parentId: string | null; path: string }[];
  upserts: EmployeeValues[];
  leaving: EmployeeRow[];
  leftAmbassadors: { employeeNumber: string; name: string; status: string }[];
  created: number;
  updated: number;
  unchanged: number;
};

const key = (text: string) => text.trim().toLocaleLowerCase('nl');

const COMPARED = [
  'name',
  'email',
  'departmentId',
  'layerId',
  'jobTitle',
  'location',
  'digitalSkill',
  'status',
] as const;

/**
 * Works out what an import would do against the organisation as it is, without touching the database: which layers
 * and departments to create, which employees are new, changed or unchanged, and who left. Applying and dry-running
 * share this, so a dry run reports exactly what the import then does.
 */
export function planImport(rows: CsvRow[], state: ImportState, options: ImportOptions): ImportPlan {
  const errors: ImportError[] = [];
  const layerIds = new Map(state.layers.map((layer) => [key(layer.name), layer.id]));
  const newLayers: ImportPlan['newLayers'] = [];
  let nextRank = Math.max(-1, ...state.layers.map((layer) => layer.rank)) + 1;

  const tree = new DepartmentTree(state.departments);
  const departmentIds = new Map<string, string>();
  for (const id of tree.byId.keys()) departmentIds.set(tree.segments(id).map(key).join('\n'), id);
  const newDepartments: ImportPlan['newDepartments'] = [];

  const resolveDepartment = (segments: string[]): string => {
    let parentId: string | null = null;
    for (let depth = 1; depth <= segments.length; depth++) {
      const pathKey = segments.slice(0, depth).map(key).join('\n');
      let id = departmentIds.get(pathKey);
      if (!id) {
        id = randomUUID();
        departmentIds.set(pathKey, id);
        newDepartments.push({
          id,
          name: segments[depth - 1]!,
          parentId,
          path: segments.slice(0, depth).join(PATH_SEPARATOR),
        });
      }
      parentId = id;
    }
    return parentId!;
  };

  const existing = new Map(state.employees.map((employee) => [employee.employeeNumber, employee]));
  const inFile = new Set<string>();
  const upserts: EmployeeValues[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const row of rows) {
    inFile.add(row.employeeNumber);
    let layerId = layerIds.get(key(row.layer));
    if (!layerId) {
      if (!options.createMissing) {
        errors.push({
          line: row.line,
          column: 'layer',
          code: 'unknown_layer',
          message: `Unknown layer "${row.layer}"`,
        });
        continue;
      }
      layerId = randomUUID();
      layerIds.set(key(row.layer), layerId);
      newLayers.push({ id: layerId, name: row.layer, rank: nextRank++ });
    }
    const values: EmployeeValues = {
      employeeNumber: row.employeeNumber,
      name: row.name,
      email: row.email,
      departmentId: resolveDepartment(row.departmentPath),
      layerId,
      jobTitle: row.jobTitle,
      location: row.location,
      digitalSkill: row.digitalSkill,
      status: 'active',
      leftAt: null,
    };
    const before = existing.get(row.employeeNumber);
    if (!before) created += 1;
    else if (COMPARED.every((field) => before[field] === values[field])) {
      unchanged += 1;
      continue;
    } else updated += 1;
    upserts.push(values);
  }

  const leaving = options.markMissingAsLeft
    ? state.employees.filter((employee) => employee.status === 'active' && !inFile.has(employee.employeeNumber))
    : [];
  const stillServing = new Map(
    state.ambassadors
      .filter((a) => a.status !== 'alumni' && a.status !== 'declined')
      .map((a) => [a.employeeId, a.status]),
  );
  const leftAmbassadors = leaving.flatMap((employee) => {
    const status = stillServing.get(employee.id);
    return status ? [{ employeeNumber: employee.employeeNumber, name: employee.name, status }] : [];
  });
  return { errors, newLayers, newDepartments, upserts, leaving, leftAmbassadors, created, updated, unchanged };
}
