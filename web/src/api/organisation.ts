import type { Organisation, UpdateOrganisationBody } from '@ambassador/shared';
import { http } from './http.ts';

export const getOrganisation = () => http.get<Organisation>('/organisation');

export const updateOrganisation = (body: UpdateOrganisationBody) => http.patch<Organisation>('/organisation', body);
