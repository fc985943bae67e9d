import type { Role } from '@ambassador/shared';

export interface NavItem {
  /** Route name, also used as a stable test id. */
  name: string;
  path: string;
  labelKey: string;
  icon: string;
}

const item = (name: string, path: string, labelKey: string, icon: string): NavItem => ({ name, path, labelKey, icon });

const dashboard = item('dashboard', '/', 'nav.dashboard', 'pi pi-home');
const myOverview = item('my-overview', '/me', 'nav.myOverview', 'pi pi-home');
const organisation = item('organisation', '/organisation', 'nav.organisation', 'pi pi-sitemap');
const ambassadors = item('ambassadors', '/ambassadors', 'nav.ambassadors', 'pi pi-users');
const coverage = item('coverage', '/coverage', 'nav.coverage', 'pi pi-th-large');
const training = item('training', '/training', 'nav.training', 'pi pi-calendar');
const activity = item('activity', '/activity', 'nav.activity', 'pi pi-chart-line');
const feedback = item('feedback', '/feedback', 'nav.feedback', 'pi pi-comments');
const reports = item('reports', '/reports', 'nav.reports', 'pi pi-file');
const settings = item('settings', '/settings', 'nav.settings', 'pi pi-cog');

export const NAVIGATION: Record<Role, NavItem[]> = {
  admin: [dashboard, organisation, ambassadors, coverage, training, activity, feedback, settings],
  ambassador: [myOverview, training, feedback],
  hr: [dashboard, organisation, coverage, training, activity, feedback, reports],
};

/** A section stays highlighted on its sub-pages (/settings/users under /settings); home only on itself. */
export function isCurrentSection(item: NavItem, currentPath: string): boolean {
  if (item.path === '/') return currentPath === '/';
  return currentPath === item.path || currentPath.startsWith(`${item.path}/`);
}
