import type { CellStatus, TrainingCoverage } from '@ambassador/shared';

export type TrainingCell = TrainingCoverage['cells'][number];
export type TrainingDepartment = TrainingCoverage['departments'][number];
export type TrainingLayer = TrainingCoverage['layers'][number];

/**
 * The heatmap's colours for training: everyone trained is "covered", some is "under", nobody is "uncovered", and a
 * cell without employees is "empty".
 */
export function trainingStatus(counts: { employees: number; trained: number }): CellStatus {
  if (counts.employees <= 0) return 'empty';
  if (counts.trained >= counts.employees) return 'covered';
  if (counts.trained > 0) return 'under';
  return 'uncovered';
}
