import type { Dashboard, MyHome } from '@ambassador/shared';
import { http } from './http.ts';

/** Where the programme stands: admins and HR. Every figure equals what the screen behind it shows. */
export const getDashboard = (signal?: AbortSignal) => http.get<Dashboard>('/dashboard', undefined, signal);

/** The ambassador's first screen: her sessions, rounds, content due, findings and recent activity. */
export const getMyHome = (signal?: AbortSignal) => http.get<MyHome>('/me/home', undefined, signal);
