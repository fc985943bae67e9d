/** Test-only setup shared by the feedback tests: the training tests' organisation, ambassadors with users, rounds. */
import { expect } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { bearer } from '../../test/factories.ts';
import { ambassadorWithUser, api, type Member, type Org } from '../training/training.fixtures.ts';

export { api, setupOrg, useOrg, useTestApp, makeAmbassador, linkedUser, PATHS } from '../training/training.fixtures.ts';
export type { Member, Org } from '../training/training.fixtures.ts';

export const ROUNDS = '/api/v1/feedback-rounds';

/** One question of every kind, with fixed ids. */
export const EVERY_KIND = [
  { id: 'rate', kind: 'rating', text: 'Hoe tevreden ben je?' },
  { id: 'pick', kind: 'choice', text: 'Welke kleur?', options: ['Rood', 'Groen', 'Blauw'] },
  { id: 'many', kind: 'multi_choice', text: 'Welke apps?', options: ['Teams', 'Mail', 'Agenda'] },
  { id: 'yes', kind: 'yes_no', text: 'Zou je het aanraden?' },
  { id: 'say', kind: 'text', text: 'Wat kan beter?', required: false },
  {
    id: 'vend',
    kind: 'score_options',
    text: 'Beoordeel de leveranciers',
    options: ['Alfa', 'Beta', 'Gamma'],
    criteria: ['Gemak', 'Uiterlijk'],
  },
] as const;

/** Ambassadors with users for the given employee numbers, by number. */
export async function members(t: TestApp, org: Org, numbers: readonly string[]): Promise<Record<string, Member>> {
  const result: Record<string, Member> = {};
  for (const number of numbers) result[number] = await ambassadorWithUser(t, org, number);
  return result;
}

export async function newRound(t: TestApp, token: string, body: object = {}) {
  const response = await api(t)
    .post(ROUNDS)
    .set(bearer(token))
    .send({ purpose: 'sounding_board', title: 'Klankbord', ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; questions: { id: string }[]; status: string };
}

export const openRound = (t: TestApp, token: string, id: string) =>
  api(t).post(`${ROUNDS}/${id}/open`).set(bearer(token));
export const closeRound = (t: TestApp, token: string, id: string) =>
  api(t).post(`${ROUNDS}/${id}/close`).set(bearer(token));
export const answer = (t: TestApp, token: string, id: string, answers: object[]) =>
  api(t).put(`${ROUNDS}/${id}/response`).set(bearer(token)).send({ answers });
