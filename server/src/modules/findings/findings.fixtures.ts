/**
 * Test-only setup shared by the findings tests: an organisation with an admin, HR, two ambassador users and rounds in
 * every status (written straight to the table, so these tests do not depend on the rounds module).
 */
import request from 'supertest';
import type { RoundStatus } from '@ambassador/shared';
import { insertRound as insertRoundRow } from '../feedback/rounds/rounds.repository.ts';
import { bearer, createUser, signupOrganisation, type SignedUpOrg } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';

export type Caller = { id: string; name: string; token: string };

export type FindingsOrg = {
  org: SignedUpOrg;
  admin: Caller;
  hr: Caller;
  /** Two ambassador users: one raises findings, the other is her colleague. */
  anna: Caller;
  bram: Caller;
  rounds: Record<RoundStatus, { id: string; title: string }>;
};

export async function insertRound(t: TestApp, organisationId: string, status: RoundStatus, title: string) {
  const row = await insertRoundRow({
    db: t.app.db,
    organisationId,
    values: { purpose: 'sounding_board', title, status },
  });
  return { id: row.id, title: row.title };
}

export async function findingsOrg(t: TestApp, name: string): Promise<FindingsOrg> {
  const org = await signupOrganisation(t.app, name);
  const organisationId = org.organisation.id;
  const user = async (role: 'hr' | 'ambassador', person: string): Promise<Caller> => {
    const made = await createUser(t.app, { organisationId, role, name: `${person} (${name})` });
    return { id: made.user.id, name: made.user.name, token: made.token };
  };
  return {
    org,
    admin: { id: org.user.id, name: org.user.name, token: org.token },
    hr: await user('hr', 'Henk HR'),
    anna: await user('ambassador', 'Anna Ambassadeur'),
    bram: await user('ambassador', 'Bram Ambassadeur'),
    rounds: {
      draft: await insertRound(t, organisationId, 'draft', `${name}: ronde in voorbereiding`),
      open: await insertRound(t, organisationId, 'open', `${name}: klankbord zoeken`),
      closed: await insertRound(t, organisationId, 'closed', `${name}: keuze leverancier`),
    },
  };
}

export const api = (t: TestApp) => request(t.app.server);

/** Raises a finding as the caller and answers its body. */
export async function raise(t: TestApp, caller: Caller, body: Record<string, unknown> = {}) {
  const response = await api(t)
    .post('/api/v1/feedback-items')
    .set(bearer(caller.token))
    .send({ title: 'Zoeken vindt het rooster niet', body: 'Als ik "rooster" zoek krijg ik nieuwsberichten.', ...body })
    .expect(201);
  return response.body as { id: string; status: string; history: unknown[] };
}

export const patchFinding = (t: TestApp, caller: Caller, id: string, body: object) =>
  api(t).patch(`/api/v1/feedback-items/${id}`).set(bearer(caller.token)).send(body);
