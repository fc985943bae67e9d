import {
  AmbassadorStatuses,
  DASHBOARD_SESSION_DAYS,
  DASHBOARD_WORST_CELLS,
  INACTIVITY_DAYS,
  type Dashboard,
  type DashboardAction,
  type InactiveAmbassador,
} from '@ambassador/shared';
import { together } from '../../db/rows.ts';
import type { Scope } from '../../http/actor.ts';
import { NotFound } from '../../http/errors.ts';
import { addDays, dayIn } from '../../lib/days.ts';
import { latestActivityDays, summariseActivities } from '../activities/activities.repository.ts';
import { listContentItems } from '../content/content.repository.ts';
import type { CoverageCache } from '../coverage/coverage-cache.ts';
import { coverage } from '../coverage/coverage.service.ts';
import { listRounds } from '../feedback/rounds/rounds.repository.ts';
import { findingCountsByStatus } from '../findings/findings.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { trainingCoverage } from '../training/reports/training-coverage.service.ts';
import { sessionFigures } from '../training/sessions/sessions.repository.ts';
import { ambassadorRoster, lowSkillEmployeesByDepartment } from './dashboard.repository.ts';

/** Open findings: not yet done, declined or merged. */
const OPEN_FINDING_STATUSES: readonly string[] = ['new', 'reviewing', 'planned'];
/** How many open rounds the dashboard lists with their response counts (all are counted in `openRounds`). */
const DASHBOARD_ROUNDS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM` of the month `back` months before the month of `day`. */
function monthBefore(day: string, back: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Inactive: an `active` ambassador whose latest activity (any kind) is more than `days` days before today in the
 * organisation's time zone, or who never logged one. Exactly `days` days ago still counts as recent.
 */
export function isInactive(lastActivityOn: string | null, today: string, days: number): boolean {
  return lastActivityOn === null || lastActivityOn < addDays(today, -days);
}

/** The department with the largest figure, for an action that points at one. */
function worstOf(entries: readonly { departmentId: string; size: number }[]): string | undefined {
  return [...entries].sort((a, b) => b.size - a.size || a.departmentId.localeCompare(b.departmentId))[0]?.departmentId;
}

/** Where the programme stands for the caller's organisation: each figure as the screen behind it computes it. */
/** What the admin's dashboard shows; also the weekly digest's figures (it reads no more of the caller than this). */
export async function dashboard(
  actor: Scope & { timezone: string; coverageCache?: CoverageCache; coverageVersion?: string },
): Promise<Dashboard> {
  const scope = { db: actor.db, organisationId: actor.organisationId };
  const now = new Date();
  const today = dayIn(actor.timezone, now);
  const calendar = { timezone: actor.timezone, today };
  const firstMonth = monthBefore(today, 11);
  const [
    organisation,
    matrix,
    training,
    sessions,
    roster,
    lastDays,
    rounds,
    findings,
    contentAll,
    contentOverdue,
    activity,
    lowSkill,
  ] = await together(actor.db, [
    async () => findOrganisation(scope),
    async () => coverage({ ...scope, cache: actor.coverageCache, coverageVersion: actor.coverageVersion }),
    async () => trainingCoverage(scope),
    async () => sessionFigures({ ...scope, now, until: new Date(now.getTime() + DASHBOARD_SESSION_DAYS * DAY_MS) }),
    async () => ambassadorRoster(scope),
    async () => latestActivityDays(scope),
    async () =>
      listRounds({
        ...scope,
        filter: { status: 'open' },
        participantOnly: false,
        window: { limit: DASHBOARD_ROUNDS, offset: 0 },
      }),
    async () => findingCountsByStatus(scope),
    async () =>
      // The same count as GET /content-items and GET /content-items?overdue=true.
      listContentItems({ ...scope, filter: {}, calendar, window: { limit: 0, offset: 0 } }),
    async () => listContentItems({ ...scope, filter: { overdue: true }, calendar, window: { limit: 0, offset: 0 } }),
    async () => summariseActivities({ ...scope, filter: { from: `${firstMonth}-01`, to: today } }),
    async () => lowSkillEmployeesByDepartment(scope),
  ]);
  if (!organisation) throw new NotFound('organisation');

  const uncovered = matrix.cells
    .filter((cell) => cell.status === 'uncovered')
    .sort(
      (a, b) =>
        b.employees - a.employees || a.departmentId.localeCompare(b.departmentId) || a.layerId.localeCompare(b.layerId),
    );
  const worstCells = uncovered
    .slice(0, DASHBOARD_WORST_CELLS)
    .map(({ departmentId, layerId, employees, ambassadors }) => ({ departmentId, layerId, employees, ambassadors }));

  const ambassadorsByStatus: Record<string, number> = Object.fromEntries(AmbassadorStatuses.map((s) => [s, 0]));
  for (const row of roster) ambassadorsByStatus[row.status] = (ambassadorsByStatus[row.status] ?? 0) + 1;

  const lastOn = new Map(lastDays.map((row) => [row.ambassadorId, row.lastOn]));
  const inactiveAmbassadors: InactiveAmbassador[] = roster
    .filter((row) => row.status === 'active')
    .map((row) => ({
      ambassadorId: row.ambassadorId,
      name: row.name,
      departmentId: row.departmentId,
      lastActivityOn: lastOn.get(row.ambassadorId) ?? null,
    }))
    .filter((row) => isInactive(row.lastActivityOn, today, INACTIVITY_DAYS.dashboard))
    .sort(
      (a, b) =>
        (a.lastActivityOn ?? '').localeCompare(b.lastActivityOn ?? '') ||
        a.name.localeCompare(b.name) ||
        a.ambassadorId.localeCompare(b.ambassadorId),
    );

  const findingsIn = new Map(findings.map((row) => [row.status as string, row.count]));
  const openItems = OPEN_FINDING_STATUSES.reduce((sum, status) => sum + (findingsIn.get(status) ?? 0), 0);
  const newFindings = findingsIn.get('new') ?? 0;

  const months = Array.from({ length: 12 }, (_, i) => ({ month: monthBefore(today, 11 - i), entries: 0, count: 0 }));
  const byMonth = new Map(months.map((entry) => [entry.month, entry]));
  for (const row of activity.months) {
    const entry = byMonth.get(row.month);
    if (!entry) continue;
    entry.entries += Number(row.entries);
    entry.count += Number(row.count);
  }

  // Digital help: a department with low-skill active employees needs an active digital buddy of its own (an
  // `active` ambassador with the `digital_buddy` role whose employee works in that very department, still employed).
  const buddyDepartments = new Set(
    roster
      .filter(
        (row) => row.status === 'active' && row.employeeStatus === 'active' && row.roles.includes('digital_buddy'),
      )
      .map((row) => row.departmentId),
  );
  const withoutBuddy = lowSkill.filter((row) => row.employees > 0 && !buddyDepartments.has(row.departmentId));

  // Departments without a trainer, as GET /training/coverage lists them: a department with active employees of its
  // own and no active certified trainer (an active ambassador, still employed, certified) working in it.
  const withoutTrainer = training.departmentsWithoutTrainer;

  const actions: DashboardAction[] = [];
  const act = (kind: DashboardAction['kind'], count: number, departmentId?: string) => {
    if (count > 0) actions.push({ kind, count, ...(departmentId ? { departmentId } : {}) });
  };
  act('layers_without_ambassador', uncovered.length, worstCells[0]?.departmentId);
  act('attendance_due', sessions.attendanceDue);
  act('inactive_ambassadors', inactiveAmbassadors.length);
  act('content_overdue', contentOverdue.total);
  act('findings_new', newFindings);
  act(
    'departments_without_trainer',
    withoutTrainer.length,
    worstOf(withoutTrainer.map((row) => ({ departmentId: row.id, size: row.employees }))),
  );
  act(
    'digital_help_without_buddy',
    withoutBuddy.length,
    worstOf(withoutBuddy.map((row) => ({ departmentId: row.departmentId, size: row.employees }))),
  );

  return {
    phase: organisation.phase,
    coverage: {
      employees: matrix.totals.employees,
      activeAmbassadors: matrix.totals.activeAmbassadors,
      coveragePct: matrix.totals.coveragePct,
      employeesInCoveredCellsPct: matrix.totals.employeesInCoveredCellsPct,
      cells: matrix.totals.cells,
      coveredCells: matrix.totals.coveredCells,
      uncoveredCells: uncovered.length,
      worstCells,
    },
    ambassadorsByStatus,
    training: {
      trainedPct: training.totals.trainedPct,
      sessionsNext14Days: sessions.upcoming,
      certifiedTrainers: training.totals.certifiedTrainers,
      departmentsWithoutTrainer: withoutTrainer.length,
      attendanceDue: sessions.attendanceDue,
    },
    feedback: {
      openRounds: rounds.total,
      openItems,
      rounds: rounds.items.map((row) => ({
        id: row.round.id,
        title: row.round.title,
        participantCount: row.participantCount,
        respondedCount: row.respondedCount,
      })),
    },
    content: { items: contentAll.total, overdue: contentOverdue.total },
    activity: { months },
    inactiveAmbassadors,
    digitalHelp: {
      lowSkillEmployees: lowSkill.reduce((sum, row) => sum + row.employees, 0),
      departmentsWithoutBuddy: withoutBuddy.length,
    },
    actions,
  };
}
