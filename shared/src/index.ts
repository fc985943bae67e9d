export * from './common.ts';
export * from './organisation.ts';
export * from './auth.ts';
export * from './users.ts';
export * from './layers.ts';
export * from './departments.ts';
export * from './employees.ts';
