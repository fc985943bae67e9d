import type { MeResponse, Organisation, UserListItem } from '@ambassador/shared';

/** Typed example records for tests; values follow the shared schemas. */
export const organisation: Organisation = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  name: 'Zorggroep Horizon',
  slug: 'zorggroep-horizon',
  locale: 'nl',
  timezone: 'Europe/Amsterdam',
  coverageTarget: { perEmployees: 100, minPerCell: 1 },
  phase: 'build',
};

export function meFor(role: MeResponse['user']['role'], id = '6f1c2d3e-0000-4000-8000-0000000000a1'): MeResponse {
  return {
    user: { id, email: `${role}@horizon.nl`, name: 'Anna de Vries', role },
    organisation,
  };
}

export function userItem(overrides: Partial<UserListItem> = {}): UserListItem {
  return {
    id: '6f1c2d3e-0000-4000-8000-0000000000b1',
    email: 'bram@horizon.nl',
    name: 'Bram Jansen',
    role: 'ambassador',
    status: 'active',
    employeeId: null,
    createdAt: '2025-01-10T09:00:00.000Z',
    lastLoginAt: '2025-02-01T08:30:00.000Z',
    inviteExpiresAt: null,
    ...overrides,
  };
}
