import type { Coverage, CoverageGaps, CoverageGapsQuery, CoverageHistory, CoverageQuery } from '@ambassador/shared';
import { download, http } from './http.ts';

/** The department × layer matrix; `departmentId` narrows it (cells, totals, departments) to that subtree. */
export const getCoverage = (query: CoverageQuery = {}, signal?: AbortSignal) =>
  http.get<Coverage>('/coverage', query, signal);

/** Cells below target, worst first, each with up to five suggested colleagues. */
export const getCoverageGaps = (query: CoverageGapsQuery = {}, signal?: AbortSignal) =>
  http.get<CoverageGaps>('/coverage/gaps', query, signal);

/** The daily snapshots of the totals, oldest first. */
export const getCoverageHistory = (signal?: AbortSignal) =>
  http.get<CoverageHistory>('/coverage/history', undefined, signal);

export const downloadCoverageCsv = (query: CoverageQuery = {}) =>
  download('/reports/coverage.csv', { query, accept: 'text/csv, application/problem+json' });
