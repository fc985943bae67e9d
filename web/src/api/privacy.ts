import type { ErasureResult } from '@ambassador/shared';
import { download, http } from './http.ts';

/** Everything held about one employee, as the JSON file the server names (an inzageverzoek). */
export const downloadPersonalData = (employeeId: string) =>
  download(`/employees/${employeeId}/personal-data`, { accept: 'application/json, application/problem+json' });

/** Anonymises the employee everywhere; 409 `active_ambassador` while she is an active ambassador. */
export const eraseEmployee = (employeeId: string) => http.post<ErasureResult>(`/employees/${employeeId}/erase`);
