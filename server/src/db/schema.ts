export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/layers/layers.table.ts';
export * from '../modules/users/users.table.ts';
export * from '../modules/auth/auth.table.ts';
export * from '../modules/departments/departments.table.ts';
export * from '../modules/employees/employees.table.ts';
export * from '../modules/ambassadors/ambassadors.table.ts';
export * from '../modules/coverage/coverage.table.ts';
