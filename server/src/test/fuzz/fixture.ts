import type { Role } from '@ambassador/shared';
import type { ApiRoute } from '../../plugins/auth.ts';
import { PASSWORD, uniqueEmail } from '../factories.ts';
import type { Samples } from './arbitraries.ts';
import type { FuzzServer } from './harness.ts';

/**
 * An organisation with real records, built through the API as the route sweep builds its own, so that generated
 * requests can name records that exist. The acting users (one per role) are never offered as targets: a generated
 * `PATCH /users/:id {active:false}` on the caller itself would refuse every later request.
 */

type Id = { id: string };
type SignupAnswer = { accessToken: string; user: Id & { email: string }; organisation: Id };

export type Fixture = {
  organisationId: string;
  tokens: Record<Role, string>;
  /** The secret of a SCIM token of the organisation: the caller of the SCIM routes. */
  scimSecret: string;
  /** Record ids and tokens by the collection they belong to (`employees`, `invites`, …), newest first. */
  pools: Record<string, string[]>;
  emails: string[];
  /** Refresh cookies (`ambassador_refresh=…`), harvested from every answer that set one. */
  refreshCookies: string[];
  /** Ids of another organisation's records: they must be as unknown here as random ones. */
  foreign: string[];
};

let made = 0;
const ROLES = ['admin', 'ambassador', 'hr'] as const;

async function signup(server: FuzzServer, name: string) {
  const email = uniqueEmail('fuzz-admin');
  const answer = await server.call<SignupAnswer>('POST', '/api/v1/auth/signup', {
    body: { organisationName: name, name: 'Fuzz Admin', email, password: PASSWORD },
    expect: [201],
  });
  return { ...answer, email };
}

/** One of each record, ids added to the front of the pools. */
async function addRecords(server: FuzzServer, token: string, pools: Record<string, string[]>) {
  made += 1;
  const add = (collection: string, id: string) => (pools[collection] ??= []).unshift(id);
  const layers = await server.call<{ items: Id[] }>('GET', '/api/v1/layers', { token });
  for (const layer of layers.items.slice(0, 2)) if (!pools.layers?.includes(layer.id)) add('layers', layer.id);
  const layer = await server.call<Id>('POST', '/api/v1/layers', { token, body: { name: `Fuzzlaag ${made}` } });
  add('layers', layer.id);
  const department = await server.call<Id>('POST', '/api/v1/departments', {
    token,
    body: { name: `Fuzzafdeling ${made}`, code: `F${made}` },
  });
  const child = await server.call<Id>('POST', '/api/v1/departments', {
    token,
    body: { name: `Fuzzteam ${made}`, parentId: department.id },
  });
  add('departments', child.id);
  add('departments', department.id);
  const employee = (n: number, departmentId: string) =>
    server.call<Id>('POST', '/api/v1/employees', {
      token,
      body: {
        employeeNumber: `FZ-${made}-${n}`,
        name: `Fuzz Medewerker ${made}.${n}`,
        email: uniqueEmail('fuzz-employee'),
        departmentId,
        layerId: layer.id,
      },
    });
  const trainee = await employee(1, child.id);
  const volunteer = await employee(2, department.id);
  add('employees', trainee.id);
  add('employees', volunteer.id);
  const ambassador = await server.call<Id>('POST', '/api/v1/ambassadors', {
    token,
    body: { employeeId: volunteer.id, source: 'self', status: 'active', roles: ['trainer'] },
  });
  add('ambassadors', ambassador.id);
  // An open feedback round the ambassador takes part in, and a draft.
  for (const opened of [true, false]) {
    const round = await server.call<Id>('POST', '/api/v1/feedback-rounds', {
      token,
      body: {
        purpose: 'sounding_board',
        title: `Fuzz ronde ${made}`,
        questions: [
          { id: 'r', kind: 'rating', text: 'Cijfer?' },
          { id: 's', kind: 'score_options', text: 'Scores?', options: ['A', 'B'], criteria: ['x'] },
        ],
        participantIds: [ambassador.id],
      },
    });
    if (opened) await server.call('POST', `/api/v1/feedback-rounds/${round.id}/open`, { token });
    add('feedback-rounds', round.id);
  }
  const day = String((made % 27) + 1).padStart(2, '0');
  const session = await server.call<Id>('POST', '/api/v1/training-sessions', {
    token,
    body: {
      kind: 'end_user',
      title: `Fuzz training ${made}`,
      startsAt: `2031-02-${day}T09:00:00Z`,
      endsAt: `2031-02-${day}T10:00:00Z`,
      capacity: 5,
      departmentIds: [child.id],
    },
  });
  add('training-sessions', session.id);
  const finding = await server.call<Id>('POST', '/api/v1/feedback-items', {
    token,
    body: { title: `Fuzz bevinding ${made}`, body: 'Het rooster is niet te vinden.', category: 'search' },
  });
  add('feedback-items', finding.id);
  // A page of the content register the ambassador looks after, and something she did.
  const page = await server.call<Id>('POST', '/api/v1/content-items', {
    token,
    body: {
      title: `Fuzz pagina ${made}`,
      section: 'Zorg',
      ownerAmbassadorId: ambassador.id,
      lastReviewedOn: '2024-02-29',
    },
  });
  add('content-items', page.id);
  const activity = await server.call<Id>('POST', '/api/v1/activities', {
    token,
    body: { kind: 'colleague_helped', date: '2025-01-31', count: 3, digitalHelp: true, ambassadorId: ambassador.id },
  });
  add('activities', activity.id);
  const room = await server.call<Id>('POST', '/api/v1/rooms', {
    token,
    body: { name: `Fuzz zaal ${made}`, capacity: 8 },
  });
  add('rooms', room.id);
  await server.call('POST', `/api/v1/training-sessions/${session.id}/enrolments`, {
    token,
    body: { employeeId: trainee.id },
  });
  const invited = await server.call<{ user: Id; inviteUrl: string }>('POST', '/api/v1/users', {
    token,
    body: { email: uniqueEmail('fuzz-invitee'), name: `Fuzz Invitee ${made}`, role: 'hr' },
    expect: [201],
  });
  add('users', invited.user.id);
  // The token is the invite link's last path segment, its fragment or its `token` parameter.
  const link = new URL(invited.inviteUrl);
  const invite = link.searchParams.get('token') ?? /[A-Za-z0-9_-]{16,}$/.exec(link.pathname + link.hash)?.[0];
  if (invite) add('invites', invite);
}

async function targetUsers(server: FuzzServer, organisationId: string, pools: Record<string, string[]>) {
  for (const role of ROLES) {
    const user = await server.call<Id & { email: string }>('POST', '/__fuzz/users', { body: { organisationId, role } });
    (pools.users ??= []).unshift(user.id);
    (pools.emails ??= []).unshift(user.email);
  }
}

export async function buildFixture(server: FuzzServer): Promise<Fixture> {
  const alpha = await signup(server, 'Fuzz Zorggroep');
  const organisationId = alpha.organisation.id;
  const tokens = { admin: alpha.accessToken } as Record<Role, string>;
  for (const role of ['ambassador', 'hr'] as const) {
    const user = await server.call<{ token: string }>('POST', '/__fuzz/users', { body: { organisationId, role } });
    tokens[role] = user.token;
  }
  const pools: Record<string, string[]> = {};
  await targetUsers(server, organisationId, pools);
  await addRecords(server, alpha.accessToken, pools);
  const feed = await server.call<{ url: string }>('POST', '/api/v1/calendar/feed', { token: alpha.accessToken });
  pools.calendar = [/([A-Za-z0-9_-]+)\.ics$/.exec(new URL(feed.url).pathname)?.[1] ?? ''];
  const scim = await server.call<{ secret: string }>('POST', '/api/v1/scim-tokens', {
    token: alpha.accessToken,
    body: { name: 'Fuzz' },
  });

  const beta = await signup(server, 'Fuzz Wonen');
  const betaPools: Record<string, string[]> = {};
  await addRecords(server, beta.accessToken, betaPools);
  const login = await loginCookie(server, alpha.email);

  return {
    organisationId,
    tokens,
    scimSecret: scim.secret,
    pools,
    emails: [alpha.email, ...(pools.emails ?? [])],
    refreshCookies: login ? [login] : [],
    foreign: Object.values(betaPools).flat(),
  };
}

async function loginCookie(server: FuzzServer, email: string): Promise<string | undefined> {
  const answer = await server.send(
    {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.255.0.1' },
      body: JSON.stringify({ email, password: PASSWORD }),
    },
    30_000,
  );
  return harvestCookie(answer.headers?.['set-cookie']);
}

/** The refresh cookie as a browser sends it back, from a Set-Cookie header. */
export function harvestCookie(setCookie: string[] | undefined): string | undefined {
  const line = setCookie?.find((l) => l.startsWith('ambassador_refresh=') && !l.startsWith('ambassador_refresh=;'));
  return line?.split(';')[0];
}

/** Fresh records before each route's batch: an earlier batch may have deleted, archived or re-parented the last ones. */
export async function replenish(server: FuzzServer, fixture: Fixture): Promise<void> {
  await addRecords(server, fixture.tokens.admin, fixture.pools);
  for (const pool of Object.values(fixture.pools)) pool.splice(12);
}

// ---------------------------------------------------------------------------------------------------------------
// Which records a field or param of a given name refers to.

const ALIASES: Record<string, string> = {
  trainer: 'ambassadors',
  nominatedBy: 'employees',
  trainerUser: 'users',
  invite: 'invites',
  duplicateOf: 'feedback-items',
};

/** The collection a route's own records live in: `/api/v1/training-sessions/:id/…` → `training-sessions`. */
export function collectionBefore(url: string, param: string): string | undefined {
  const segments = url.split('/');
  const at = segments.findIndex((s) => s === `:${param}` || s.startsWith(`:${param}.`));
  return at > 0 ? segments[at - 1] : undefined;
}

function collectionOf(name: string, route: ApiRoute, pools: Record<string, string[]>): string | undefined {
  const own = url1stCollection(route.url);
  if (name === 'id' || name === 'ids') return own;
  if (name === 'parentId') return own;
  const base = name.replace(/Ids?$/, '');
  if (ALIASES[base]) return ALIASES[base];
  const words = [base, base.replace(/^.*[a-z](?=[A-Z])/, '').toLowerCase()];
  const collections = Object.keys(pools);
  for (const word of words) {
    const match = collections.find((c) => c === `${word}s` || c.endsWith(`-${word}s`));
    if (match) return match;
  }
  return undefined;
}

const url1stCollection = (url: string) => url.replace(/^\/api\/v1\//, '').split('/')[0];

/** Known-good values by field name, for one route (`id` and `ids` mean the route's own kind of record). */
export function samplesFor(route: ApiRoute, fixture: Fixture): Samples {
  const allIds = [
    ...Object.entries(fixture.pools)
      .filter(([collection]) => !['invites', 'calendar', 'emails'].includes(collection))
      .flatMap(([, ids]) => ids),
    ...fixture.foreign.slice(0, 3),
  ];
  return (name) => {
    if (name === undefined) return allIds;
    if (name === 'email') return fixture.emails;
    if (name === 'password') return [PASSWORD];
    if (name === 'token') return fixture.pools.invites ?? [];
    const collection = collectionOf(name, route, fixture.pools);
    if (!collection) return /Ids?$/.test(name) ? allIds : [];
    return [...(fixture.pools[collection] ?? []), ...fixture.foreign.slice(0, 1)];
  };
}

/** Ids for a route's `:param`: the records of the segment before it (`/training-sessions/:id` → sessions). */
export function paramIds(route: ApiRoute, param: string, fixture: Fixture): string[] {
  const before = collectionBefore(route.url, param);
  const byName = param === 'id' || param === 'token' ? undefined : collectionOf(param, route, fixture.pools);
  const collection = byName ?? before;
  return collection ? (fixture.pools[collection] ?? []) : [];
}
