import type { Coverage, CoverageGap, CoverageTarget, Locale, Suggestion } from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { dayIn } from '../../lib/days.ts';
import { loadTree } from '../departments/departments.service.ts';
import { layerRows } from '../layers/layers.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { coverageCsv } from './coverage-report.ts';
import { addCell, addTally, emptyTally, finish, toCell, type Tally } from './coverage.calc.ts';
import type { CachedCoverage, CoverageCache } from './coverage-cache.ts';
import {
  cellCounts,
  coverageVersion,
  listSnapshots,
  suggestionCandidates,
  upsertSnapshot,
} from './coverage.repository.ts';

/** Where the coverage answers are kept (see CoverageCache); without one, every call computes. */
export type CoverageScope = Scope & { departmentId?: string; cache?: CoverageCache; coverageVersion?: string };

async function targetOf(scope: Scope): Promise<{ target: CoverageTarget; timezone: string }> {
  const organisation = await findOrganisation(scope);
  if (!organisation) throw new NotFound('organisation');
  return {
    target: { perEmployees: organisation.coveragePerEmployees, minPerCell: organisation.coverageMinPerCell },
    timezone: organisation.timezone,
  };
}

/**
 * The coverage answer from the cache while the organisation's coverage version is the one it was computed at;
 * otherwise computed, and kept unless this transaction has written (its changes are not counted until it commits).
 */
export async function cachedCoverage(scope: CoverageScope): Promise<CachedCoverage | { value: Coverage }> {
  const { cache } = scope;
  if (!cache) return { value: await computeCoverage(scope) };
  // A read request brings the version it began at (and writes no coverage input); anything else asks.
  const { version, clean } =
    scope.coverageVersion === undefined
      ? await coverageVersion(scope)
      : { version: scope.coverageVersion, clean: true };
  const key = `${scope.organisationId}/${scope.departmentId ?? ''}`;
  const kept = clean ? cache.get(key, version) : undefined;
  if (kept) return kept;
  const entry = { version, value: await computeCoverage(scope) };
  if (clean) cache.set(key, entry);
  return entry;
}

/** The department × layer matrix with targets, roll-ups over the tree, and totals; `departmentId` narrows it to a subtree. */
export async function coverage(scope: CoverageScope): Promise<Coverage> {
  return (await cachedCoverage(scope)).value;
}

async function computeCoverage(scope: Scope & { departmentId?: string }): Promise<Coverage> {
  const { departmentId } = scope;
  const [{ target }, tree, layers, counts] = await together(scope.db, [
    async () => targetOf(scope),
    async () => loadTree(scope),
    async () => layerRows(scope),
    async () => cellCounts(scope),
  ]);
  if (departmentId && !tree.byId.has(departmentId)) throw new NotFound('department');
  const cells = counts.map((count) => toCell(count, target));

  const own = new Map<string, Tally>();
  const byLayer = new Map<string, Tally>();
  const total = emptyTally();
  for (const cell of cells) {
    if (!own.has(cell.departmentId)) own.set(cell.departmentId, emptyTally());
    if (!byLayer.has(cell.layerId)) byLayer.set(cell.layerId, emptyTally());
    addCell(own.get(cell.departmentId)!, cell);
    addCell(byLayer.get(cell.layerId)!, cell);
    addCell(total, cell);
  }
  // Each subtree is its own cells plus its children's subtrees: one pass over the tree, never over the cells again.
  const subtree = new Map<string, Tally>();
  const rollUp = (id: string): Tally => {
    const sum = addTally(emptyTally(), own.get(id) ?? emptyTally());
    for (const child of tree.childrenOf(id)) addTally(sum, rollUp(child.id));
    subtree.set(id, sum);
    return sum;
  };
  for (const root of tree.childrenOf(null)) rollUp(root.id);

  const inScope = departmentId ? new Set(tree.subtree(departmentId)) : undefined;
  const departments = tree
    .ordered()
    .filter((department) => !inScope || inScope.has(department.id))
    .map((department) => ({
      id: department.id,
      name: department.name,
      parentId: department.parentId,
      path: tree.path(department.id),
      ...finish(subtree.get(department.id) ?? emptyTally()),
      own: finish(own.get(department.id) ?? emptyTally()),
    }));
  return {
    target,
    totals: finish(total),
    layers: layers.map((layer) => ({ ...layer, totals: finish(byLayer.get(layer.id) ?? emptyTally()) })),
    departments,
    cells,
  };
}

const MAX_SUGGESTIONS = 5;

function reasonOf(candidate: { digitalSkill: string | null; teamLead: number }): Suggestion['reason'] {
  if (candidate.digitalSkill === 'high') return 'high_digital_skill';
  if (candidate.teamLead) return 'team_lead';
  if (candidate.digitalSkill === 'medium') return 'medium_digital_skill';
  return 'in_this_cell';
}

/** Cells below target, the most employees without their target first, each with up to five colleagues to ask. */
export async function gaps(
  scope: CoverageScope & { layerId?: string; includeSubdepartments?: boolean; limit?: number },
) {
  const [matrix, tree, layers, candidates] = await together(scope.db, [
    async () => coverage(scope),
    async () => loadTree(scope),
    async () => layerRows(scope),
    async () => suggestionCandidates({ ...scope, perCell: MAX_SUGGESTIONS }),
  ]);
  const layerNames = new Map(layers.map((layer) => [layer.id, layer.name]));
  const suggestions = new Map<string, Suggestion[]>();
  for (const candidate of candidates.sort((a, b) => a.position - b.position)) {
    const key = `${candidate.departmentId}/${candidate.layerId}`;
    const list = suggestions.get(key) ?? [];
    list.push({
      employeeId: candidate.employeeId,
      employeeNumber: candidate.employeeNumber,
      name: candidate.name,
      jobTitle: candidate.jobTitle,
      score: candidate.score,
      reason: reasonOf(candidate),
    });
    suggestions.set(key, list);
  }
  const items: CoverageGap[] = matrix.cells
    .filter((cell) => cell.status === 'under' || cell.status === 'uncovered')
    .filter((cell) => !scope.layerId || cell.layerId === scope.layerId)
    .filter((cell) => scope.includeSubdepartments !== false || cell.departmentId === scope.departmentId)
    .sort((a, b) => b.employees - a.employees || b.target - b.ambassadors - (a.target - a.ambassadors))
    .map((cell) => ({
      ...cell,
      departmentPath: tree.path(cell.departmentId),
      layerName: layerNames.get(cell.layerId) ?? '',
      suggestions: suggestions.get(`${cell.departmentId}/${cell.layerId}`) ?? [],
    }));
  return { items: items.slice(0, scope.limit ?? 100), total: items.length };
}

/**
 * Keeps today's totals (one row per organisation per day, the last change of the day wins) for the trend line; with
 * a cache, the whole organisation's answer is computed and kept on the way.
 */
export async function recordCoverageSnapshot(scope: Scope & { cache?: CoverageCache }) {
  const whole = { db: scope.db, organisationId: scope.organisationId, cache: scope.cache };
  const [{ timezone }, matrix] = await together(scope.db, [async () => targetOf(scope), async () => coverage(whole)]);
  await upsertSnapshot({ ...scope, day: dayIn(timezone), totals: matrix.totals });
}

/** Where a failed after-commit snapshot is reported: the request's logger, passed along in the service's scope. */
export type SnapshotLog = { error(obj: object, msg: string): void };

/**
 * Today's snapshot after a change has committed. The change is stored whatever happens here, so a failure must not
 * become the answer (a 503 for a stored write makes the client retry into a 409): it is logged, and the next change
 * or the daily snapshot writes today's row.
 */
export async function refreshCoverageSnapshot(
  scope: Scope & { log?: SnapshotLog; cache?: CoverageCache },
): Promise<void> {
  try {
    await recordCoverageSnapshot(scope);
  } catch (error) {
    scope.log?.error(
      { err: error, organisationId: scope.organisationId },
      'coverage snapshot failed after a committed change',
    );
  }
}

export async function history(scope: Scope) {
  const rows = await listSnapshots(scope);
  return {
    items: rows.map(({ day, organisationId: _o, updatedAt: _u, ...totals }) => ({ date: day, totals })),
  };
}

/** The matrix as a CSV download, named after the organisation and today's date. */
export async function coverageExport(scope: CoverageScope & { locale: Locale }) {
  const [matrix, organisation] = await together(scope.db, [
    async () => coverage(scope),
    async () => findOrganisation(scope),
  ]);
  const date = new Date().toISOString().slice(0, 10);
  return {
    filename: `dekking-${organisation?.slug ?? 'organisatie'}-${date}.csv`,
    csv: coverageCsv(matrix, scope.locale).toString('utf8'),
  };
}
