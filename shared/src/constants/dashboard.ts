/** What the dashboard asks the communication team to do next, each with how many and a link to the screen that fixes it. */
export const DashboardActionKinds = [
  'layers_without_ambassador',
  'attendance_due',
  'inactive_ambassadors',
  'content_overdue',
  'findings_new',
  'departments_without_trainer',
  'digital_help_without_buddy',
] as const;

/** How many of the worst uncovered cells the dashboard lists. */
export const DASHBOARD_WORST_CELLS = 5;
/** The window of "sessions soon" on the dashboard, in days. */
export const DASHBOARD_SESSION_DAYS = 14;
