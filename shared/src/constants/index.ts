/**
 * Plain enum lists and rule tables, free of TypeBox: the web app imports them from `@ambassador/shared/constants`
 * without pulling the schemas into its bundle. These files import nothing but each other.
 */
export * from './common.ts';
export * from './organisation.ts';
export * from './users.ts';
export * from './employees.ts';
export * from './ambassadors.ts';
export * from './coverage.ts';
export * from './training.ts';
export * from './activities.ts';
export * from './feedback.ts';
export * from './content.ts';
export * from './dashboard.ts';
export * from './rooms.ts';
export * from './notifications.ts';
