import type { CreateDepartmentBody, Department, DepartmentList, UpdateDepartmentBody } from '@ambassador/shared';
import { http } from './http.ts';

export const listDepartments = () => http.get<DepartmentList>('/departments');

export const createDepartment = (body: CreateDepartmentBody) => http.post<Department>('/departments', body);

/** Renames, changes the code or moves (a new `parentId`; `null` is the top level). */
export const updateDepartment = (id: string, body: UpdateDepartmentBody) =>
  http.patch<Department>(`/departments/${id}`, body);

export const deleteDepartment = (id: string) => http.delete(`/departments/${id}`);
