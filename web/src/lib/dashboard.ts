import type { DashboardAction, Phase } from '@ambassador/shared';
import type { RouteLocationRaw } from 'vue-router';

/** The dashboard's tiles. */
export const DashboardTiles = [
  'coverage',
  'ambassadors',
  'training',
  'feedback',
  'content',
  'activity',
  'inactive',
  'digitalHelp',
] as const;
export type DashboardTile = (typeof DashboardTiles)[number];

/**
 * Which tiles come first in each phase: what the communication team works on then. Selection is about finding
 * ambassadors for every cell; build about feedback on the new intranet and its content; the pilot about training;
 * go-live about training everyone everywhere; after go-live about keeping the network alive.
 */
export const TILE_ORDER: Record<Phase, readonly DashboardTile[]> = {
  selection: ['coverage', 'ambassadors', 'feedback', 'training', 'inactive', 'activity', 'content', 'digitalHelp'],
  build: ['feedback', 'content', 'coverage', 'ambassadors', 'training', 'activity', 'inactive', 'digitalHelp'],
  pilot: ['training', 'feedback', 'coverage', 'ambassadors', 'content', 'activity', 'inactive', 'digitalHelp'],
  go_live: ['training', 'coverage', 'digitalHelp', 'feedback', 'activity', 'inactive', 'ambassadors', 'content'],
  after_go_live: ['activity', 'inactive', 'content', 'feedback', 'coverage', 'training', 'digitalHelp', 'ambassadors'],
};

/** The tiles in the order of the phase; an unknown phase (a newer server) keeps the order of selection. */
export function tileOrder(phase: string): readonly DashboardTile[] {
  return TILE_ORDER[phase as Phase] ?? TILE_ORDER.selection;
}

/** The screen each tile links to: the one that fixes what it shows. */
export const TILE_LINKS: Record<DashboardTile, RouteLocationRaw> = {
  coverage: { path: '/coverage' },
  ambassadors: { path: '/ambassadors' },
  training: { path: '/training' },
  feedback: { path: '/feedback' },
  content: { path: '/feedback/content', query: { overdue: '1' } },
  activity: { path: '/activity' },
  inactive: { path: '/ambassadors' },
  digitalHelp: { path: '/coverage' },
};

/** The screen where an action is done. */
export function actionLink(action: DashboardAction): RouteLocationRaw {
  switch (action.kind) {
    case 'layers_without_ambassador':
    case 'digital_help_without_buddy':
      return { path: '/coverage' };
    case 'attendance_due':
    case 'departments_without_trainer':
      return { path: '/training' };
    case 'inactive_ambassadors':
      return { path: '/ambassadors' };
    case 'content_overdue':
      return { path: '/feedback/content', query: { overdue: '1' } };
    case 'findings_new':
      return { path: '/feedback/findings' };
    default:
      return { path: '/' };
  }
}

/** Only the actions that still ask for something, most first. */
export function openActions(actions: readonly DashboardAction[]): DashboardAction[] {
  return actions.filter((action) => action.count > 0).sort((a, b) => b.count - a.count);
}

/** Ambassadors by status in the funnel's order, with the statuses the server does not know (yet) after them. */
export function funnel(
  byStatus: Record<string, number>,
  order: readonly string[],
): { status: string; count: number }[] {
  const known = order.map((status) => ({ status, count: byStatus[status] ?? 0 }));
  const other = Object.keys(byStatus)
    .filter((status) => !order.includes(status))
    .map((status) => ({ status, count: byStatus[status] ?? 0 }));
  return [...known, ...other];
}
