import { answersOf, type Seeded } from './seed.ts';
import { pick, type Call } from './workers.ts';

/** What the API acknowledged with 2xx: every write in it must be in the database afterwards. */
export type Ledger = {
  activityIds: Set<string>;
  /** `sessionId employeeId` of every enrolment answered 201. */
  enrolments: Set<string>;
  /** Ambassadors whose answers to the round were answered 200. */
  answered: Set<string>;
};

export const emptyLedger = (): Ledger => ({ activityIds: new Set(), enrolments: new Set(), answered: new Set() });

const twoDaysAgo = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

/** An ambassador logs that she helped colleagues; the id the API returns is recorded. */
export function logActivity(api: string, seeded: Seeded, ledger: Ledger): Call {
  const ambassador = pick(seeded.ambassadors);
  return {
    name: 'POST /activities',
    method: 'POST',
    url: `${api}/activities`,
    token: ambassador.token,
    body: { kind: 'colleague_helped', date: twoDaysAgo(), count: 1 + Math.floor(Math.random() * 5), digitalHelp: true },
    onAnswer: (status, body) => {
      if (status === 201) ledger.activityIds.add((body as { id: string }).id);
    },
  };
}

/** An admin enrols an employee in a session: a place, or the waitlist when it is full; 409 when already enrolled. */
export function enrol(api: string, seeded: Seeded, ledger: Ledger, sessionId: string, employeeId: string): Call {
  return {
    name: 'POST /training-sessions/:id/enrolments',
    method: 'POST',
    url: `${api}/training-sessions/${sessionId}/enrolments`,
    token: seeded.adminToken,
    body: { employeeId },
    expected: [409],
    onAnswer: (status) => {
      if (status === 201) ledger.enrolments.add(`${sessionId} ${employeeId}`);
    },
  };
}

/** An ambassador answers the open round (again: her answers are replaced). */
export function answerRound(api: string, seeded: Seeded, ledger: Ledger): Call {
  const ambassador = pick(seeded.ambassadors);
  return {
    name: 'PUT /feedback-rounds/:id/response',
    method: 'PUT',
    url: `${api}/feedback-rounds/${seeded.roundId}/response`,
    token: ambassador.token,
    body: answersOf(Math.floor(Math.random() * 1000)),
    onAnswer: (status) => {
      if (status === 200) ledger.answered.add(ambassador.id);
    },
  };
}

const read = (api: string, seeded: Seeded, path: string): Call => ({
  name: `GET ${path.split('?')[0]}`,
  url: `${api}${path}`,
  token: seeded.adminToken,
});

/**
 * The realistic mix: half reads (lists of 50, coverage, dashboard) by an admin, and writes by admins and
 * ambassadors (enrolments, answers to the open round, logged activity).
 */
export function realisticMix(api: string, seeded: Seeded, ledger: Ledger) {
  const weighted: [number, () => Call][] = [
    [15, () => read(api, seeded, '/employees?limit=50')],
    [15, () => read(api, seeded, '/ambassadors?limit=50')],
    [10, () => read(api, seeded, '/coverage')],
    [10, () => read(api, seeded, '/dashboard')],
    [15, () => enrol(api, seeded, ledger, pick(seeded.sessionIds), pick(seeded.employeeIds))],
    [10, () => answerRound(api, seeded, ledger)],
    [25, () => logActivity(api, seeded, ledger)],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  return {
    next: (): Call => {
      let roll = Math.random() * total;
      for (const [weight, make] of weighted) {
        roll -= weight;
        if (roll < 0) return make();
      }
      return weighted[0]![1]();
    },
    /** Every kind of request twice, to warm the server up. */
    warmUpCalls: (): Call[] => [...weighted, ...weighted].map(([, make]) => make()),
  };
}
