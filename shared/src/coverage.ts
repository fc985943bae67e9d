import { Type, type Static } from 'typebox';
import { PageLimit, Uuid } from './common.ts';
import { CoverageTarget } from './organisation.ts';
import { CellStatuses, SuggestionReasons } from './constants/coverage.ts';

export const CellStatus = Type.Enum([...CellStatuses]);
export type CellStatus = Static<typeof CellStatus>;

const Counts = {
  employees: Type.Integer(),
  activeAmbassadors: Type.Integer(),
  target: Type.Integer(),
  cells: Type.Integer(),
  coveredCells: Type.Integer(),
  coveragePct: Type.Number(),
  employeesInCoveredCellsPct: Type.Number(),
};

export const CoverageTotals = Type.Object(Counts);
export type CoverageTotals = Static<typeof CoverageTotals>;

export const CoverageCell = Type.Object({
  departmentId: Uuid,
  layerId: Uuid,
  employees: Type.Integer(),
  ambassadors: Type.Integer(),
  target: Type.Integer(),
  status: CellStatus,
});
export type CoverageCell = Static<typeof CoverageCell>;

/** The counts are rolled up over the department and every department below it; `own` counts its own cells only. */
export const CoverageDepartment = Type.Object({
  id: Uuid,
  name: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  path: Type.String(),
  ...Counts,
  own: CoverageTotals,
});
export type CoverageDepartment = Static<typeof CoverageDepartment>;

export const CoverageLayer = Type.Object({
  id: Uuid,
  name: Type.String(),
  rank: Type.Integer(),
  totals: CoverageTotals,
});
export type CoverageLayer = Static<typeof CoverageLayer>;

export const Coverage = Type.Object({
  target: CoverageTarget,
  totals: CoverageTotals,
  layers: Type.Array(CoverageLayer),
  departments: Type.Array(CoverageDepartment),
  cells: Type.Array(CoverageCell),
});
export type Coverage = Static<typeof Coverage>;

export const CoverageQuery = Type.Object({ departmentId: Type.Optional(Uuid) });
export type CoverageQuery = Static<typeof CoverageQuery>;

export const Suggestion = Type.Object({
  employeeId: Uuid,
  employeeNumber: Type.String(),
  name: Type.String(),
  jobTitle: Type.Union([Type.String(), Type.Null()]),
  score: Type.Integer(),
  /** Why this colleague is suggested, as a stable code the app translates. */
  reason: Type.Enum([...SuggestionReasons]),
});
export type Suggestion = Static<typeof Suggestion>;

export const CoverageGap = Type.Object({
  departmentId: Uuid,
  departmentPath: Type.String(),
  layerId: Uuid,
  layerName: Type.String(),
  employees: Type.Integer(),
  ambassadors: Type.Integer(),
  target: Type.Integer(),
  status: CellStatus,
  suggestions: Type.Array(Suggestion),
});
export type CoverageGap = Static<typeof CoverageGap>;

export const CoverageGapsQuery = Type.Object({
  departmentId: Type.Optional(Uuid),
  /** One layer only; with `departmentId` and `includeSubdepartments=false` that is one cell. */
  layerId: Type.Optional(Uuid),
  includeSubdepartments: Type.Optional(Type.Boolean({ default: true })),
  limit: PageLimit(100),
});
export type CoverageGapsQuery = Static<typeof CoverageGapsQuery>;

export const CoverageGaps = Type.Object({ items: Type.Array(CoverageGap), total: Type.Integer() });
export type CoverageGaps = Static<typeof CoverageGaps>;

export const CoverageSnapshot = Type.Object({
  date: Type.String({ format: 'date' }),
  totals: CoverageTotals,
});
export const CoverageHistory = Type.Object({ items: Type.Array(CoverageSnapshot) });
export type CoverageHistory = Static<typeof CoverageHistory>;
