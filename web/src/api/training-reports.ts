import type { TrainingCascade, TrainingCoverage, TrainingCoverageQuery } from '@ambassador/shared';
import { http } from './http.ts';

/** Trained employees per department × layer; `departmentId` narrows it to that subtree. */
export const getTrainingCoverage = (query: TrainingCoverageQuery = {}, signal?: AbortSignal) =>
  http.get<TrainingCoverage>('/training/coverage', query, signal);

/** Who certified which trainer, and whom each trainer trained. */
export const getTrainingCascade = (signal?: AbortSignal) =>
  http.get<TrainingCascade>('/training/cascade', undefined, signal);
