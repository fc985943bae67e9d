import type { AmbassadorRole, AmbassadorSource, AmbassadorStatus } from '@ambassador/shared';
import type { Changes } from '../events/index.ts';
import type { ActorScope } from '../http/actor.ts';
import { create } from '../modules/ambassadors/ambassadors.service.ts';
import { employeeIdsByNumber } from '../modules/employees/employees.repository.ts';

type DemoAmbassador = {
  employeeNumber: string;
  status: AmbassadorStatus;
  roles: AmbassadorRole[];
  source: AmbassadorSource;
  motivation?: string;
  hoursPerMonth?: number;
};

/**
 * About 1% of the demo organisation as active ambassadors, in the big care teams and the support services, plus a
 * pipeline of candidates: management, team leads and several departments stay uncovered, so the coverage screen
 * opens on real gaps to fill.
 */
const DEMO_AMBASSADORS: DemoAmbassador[] = [
  {
    employeeNumber: '1015',
    status: 'active',
    roles: ['trainer', 'digital_buddy'],
    source: 'self',
    hoursPerMonth: 8,
    motivation: 'Ik help collega’s graag op weg met nieuwe systemen.',
  },
  {
    employeeNumber: '1249',
    status: 'active',
    roles: ['trainer', 'sounding_board'],
    source: 'nominated',
    hoursPerMonth: 6,
  },
  {
    employeeNumber: '1141',
    status: 'active',
    roles: ['digital_buddy', 'pilot_user'],
    source: 'self',
    hoursPerMonth: 4,
  },
  { employeeNumber: '1356', status: 'active', roles: ['trainer', 'content'], source: 'recruited', hoursPerMonth: 6 },
  { employeeNumber: '1493', status: 'active', roles: ['sounding_board'], source: 'self', hoursPerMonth: 4 },
  {
    employeeNumber: '1060',
    status: 'active',
    roles: ['selection_panel', 'sounding_board'],
    source: 'nominated',
    hoursPerMonth: 4,
  },
  { employeeNumber: '1468', status: 'paused', roles: ['digital_buddy'], source: 'self', hoursPerMonth: 4 },
  { employeeNumber: '1205', status: 'onboarding', roles: ['pilot_user'], source: 'recruited' },
  { employeeNumber: '1416', status: 'invited', roles: [], source: 'recruited' },
  { employeeNumber: '1332', status: 'candidate', roles: [], source: 'nominated' },
  {
    employeeNumber: '1102',
    status: 'candidate',
    roles: [],
    source: 'self',
    motivation: 'Ik wil meedenken over het nieuwe intranet.',
  },
  { employeeNumber: '1389', status: 'candidate', roles: [], source: 'recruited' },
];

export async function seedAmbassadors({ admin, changes }: { admin: ActorScope; changes: Changes }) {
  const { db, organisationId } = admin;
  const ids = await employeeIdsByNumber({ db, organisationId, numbers: DEMO_AMBASSADORS.map((a) => a.employeeNumber) });
  for (const { employeeNumber, ...ambassador } of DEMO_AMBASSADORS) {
    const employeeId = ids.get(employeeNumber);
    if (!employeeId) continue;
    await create({ ...admin, changes, body: { employeeId, ...ambassador } });
  }
}
