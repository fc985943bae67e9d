import type {
  AmbassadorDetail,
  AmbassadorList,
  AmbassadorListQuery,
  CreateAmbassadorBody,
  UpdateAmbassadorBody,
} from '@ambassador/shared';
import { http } from './http.ts';

/**
 * Admins and HR get every item as a whole record; an ambassador gets her own record so and her colleagues as summaries
 * (`isFullRecord` tells them apart).
 */
export const listAmbassadors = (query: AmbassadorListQuery, signal?: AbortSignal) =>
  http.get<AmbassadorList>('/ambassadors', query, signal);

/** Admin and HR; an ambassador only her own record (another one answers 403). */
export const getAmbassador = (id: string) => http.get<AmbassadorDetail>(`/ambassadors/${id}`);

/** One record per employee: a second one answers 409 `already_ambassador`. */
export const createAmbassador = (body: CreateAmbassadorBody) => http.post<AmbassadorDetail>('/ambassadors', body);

/**
 * `status` applies a transition (with an optional `note`); an illegal one answers 409 `illegal_transition` with the
 * allowed statuses in the problem's `allowed`. An ambassador may send only her own `motivation` and `hoursPerMonth`.
 */
export const updateAmbassador = (id: string, body: UpdateAmbassadorBody) =>
  http.patch<AmbassadorDetail>(`/ambassadors/${id}`, body);
