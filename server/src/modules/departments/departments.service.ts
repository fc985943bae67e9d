import { LRUCache } from 'lru-cache';
import type { CreateDepartmentBody, Department, UpdateDepartmentBody } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { NotFound } from '../../http/errors.ts';
import { DepartmentTree } from './department-tree.ts';
import { DepartmentCycle, DepartmentInUse, DepartmentNameTaken, ParentNotFound } from './departments.errors.ts';
import { activeEmployeeCountsByDepartment } from '../employees/employees.repository.ts';
import {
  deleteDepartment,
  departmentUsage,
  findDepartment,
  insertDepartments,
  listDepartmentRows,
  updateDepartment,
} from './departments.repository.ts';

/**
 * The organisations' department trees as last loaded, each with the coverage version it was loaded at (the version
 * counts every change of a department). One per process: organisation ids are unique across databases.
 */
const trees = new LRUCache<string, { version: string; tree: DepartmentTree }>({ max: 1_000 });

/**
 * The organisation's department tree. A read request names the organisation's coverage version, and gets the tree
 * kept at that version without a query; a write, or a scope without a version, loads it in its own transaction.
 */
export async function loadTree(scope: Scope & { coverageVersion?: string }) {
  const version = scope.coverageVersion;
  const kept = version === undefined ? undefined : trees.get(scope.organisationId);
  if (kept && kept.version === version) return kept.tree;
  const tree = new DepartmentTree(await listDepartmentRows(scope));
  if (version !== undefined) trees.set(scope.organisationId, { version, tree });
  return tree;
}

export async function list(scope: Scope): Promise<{ items: Department[] }> {
  const [tree, own] = await together(scope.db, [
    async () => loadTree(scope),
    async () => activeEmployeeCountsByDepartment(scope),
  ]);
  const subtree = tree.rollUp(own);
  return {
    items: tree.ordered().map((row) => ({
      ...row,
      path: tree.path(row.id),
      employeeCount: own.get(row.id) ?? 0,
      subtreeEmployeeCount: subtree.get(row.id) ?? 0,
    })),
  };
}

async function one(scope: Scope, departmentId: string) {
  const department = (await list(scope)).items.find((item) => item.id === departmentId);
  if (!department) throw new NotFound('department');
  return department;
}

function nameConflicts<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isUniqueViolation(error, 'departments_sibling_name_key')) throw new DepartmentNameTaken();
    throw error;
  });
}

export async function create(scope: Scope & { body: CreateDepartmentBody }) {
  const { db, organisationId, body } = scope;
  const parentId = body.parentId ?? null;
  if (parentId && !(await findDepartment({ db, organisationId, departmentId: parentId }))) throw new ParentNotFound();
  const [row] = await nameConflicts(() =>
    insertDepartments({
      db,
      organisationId,
      values: [{ name: body.name.trim(), code: body.code?.trim() ?? null, parentId }],
    }),
  );
  return one(scope, row!.id);
}

export async function update(scope: Scope & { departmentId: string; body: UpdateDepartmentBody }) {
  const { db, organisationId, departmentId, body } = scope;
  await db.transaction(async (tx) => {
    const tree = await loadTree({ db: tx, organisationId });
    if (!tree.byId.has(departmentId)) throw new NotFound('department');
    if (body.parentId) {
      if (!tree.byId.has(body.parentId)) throw new ParentNotFound();
      if (tree.subtree(departmentId).includes(body.parentId)) throw new DepartmentCycle();
    }
    await nameConflicts(() =>
      updateDepartment({
        db: tx,
        organisationId,
        departmentId,
        changes: {
          name: body.name?.trim(),
          code: body.code === undefined ? undefined : (body.code?.trim() ?? null),
          parentId: body.parentId,
        },
      }),
    );
  });
  return one(scope, departmentId);
}

export async function remove(scope: Scope & { departmentId: string }) {
  const { db, organisationId, departmentId } = scope;
  await db.transaction(async (tx) => {
    if (!(await findDepartment({ db: tx, organisationId, departmentId }))) throw new NotFound('department');
    const usage = await departmentUsage({ db: tx, organisationId, departmentId });
    if (usage.children > 0) throw new DepartmentInUse('sub-departments');
    if (usage.employees > 0) throw new DepartmentInUse('employees');
    await deleteDepartment({ db: tx, organisationId, departmentId });
  });
}
