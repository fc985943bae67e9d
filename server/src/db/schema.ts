export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/layers/layers.table.ts';
export * from '../modules/users/users.table.ts';
export * from '../modules/auth/auth.table.ts';
