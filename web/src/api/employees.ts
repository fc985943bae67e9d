import type {
  CreateEmployeeBody,
  Employee,
  EmployeeList,
  EmployeeListQuery,
  ImportQuery,
  ImportResult,
  UpdateEmployeeBody,
} from '@ambassador/shared';
import { download, http } from './http.ts';

export const listEmployees = (query: EmployeeListQuery, signal?: AbortSignal) =>
  http.get<EmployeeList>('/employees', query, signal);

export const getEmployee = (id: string) => http.get<Employee>(`/employees/${id}`);

export const createEmployee = (body: CreateEmployeeBody) => http.post<Employee>('/employees', body);

export const updateEmployee = (id: string, body: UpdateEmployeeBody) => http.patch<Employee>(`/employees/${id}`, body);

/**
 * Uploads an HR export as the multipart field `file`. A dry run answers 200 with the errors; an applying run
 * with errors fails with 422 `import_invalid` carrying the same errors.
 */
export function importEmployees(file: Blob, query: Required<ImportQuery>): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'employees.csv');
  return http.post<ImportResult>('/employees/import', form, query);
}

export const exportEmployees = () =>
  download('/employees/export.csv', { accept: 'text/csv, application/problem+json' });
