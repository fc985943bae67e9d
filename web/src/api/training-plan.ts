import type { ApplyPlanBody, Plan, PlanBody, TrainingSession } from '@ambassador/shared';
import { http } from './http.ts';

/** What POST /training/plan/apply answers: the sessions it created, with their employees registered. */
export interface AppliedPlan {
  items: TrainingSession[];
}

/** Proposes end-user sessions for the untrained employees; nothing is stored. */
export const proposePlan = (body: PlanBody) => http.post<Plan>('/training/plan', body);

/**
 * Creates the reviewed sessions in one go. A trainer or location already booked at the same time answers 409
 * `schedule_conflict` with the clashing sessions in the error's `conflicts`; `force` saves them anyway.
 */
export const applyPlan = (body: ApplyPlanBody, force = false) =>
  http.post<AppliedPlan>('/training/plan/apply', body, force ? { force: true } : undefined);
