import type { Finding, MyResponse, Question, Round, RoundSummary } from '@ambassador/shared';

/** Typed example rounds and findings for the ambassador's feedback screens and the findings board. */
export const roundId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000008${String(n).padStart(2, '0')}`;
export const findingId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000009${String(n).padStart(2, '0')}`;

export function roundSummary(overrides: Partial<RoundSummary> = {}, n = 1): RoundSummary {
  return {
    id: roundId(n),
    purpose: 'sounding_board',
    title: `Klankbordronde ${n}`,
    intro: null,
    status: 'open',
    opensAt: '2026-03-01T08:00:00.000Z',
    closesAt: '2099-03-20T17:00:00.000Z',
    anonymous: false,
    minGroupSize: 3,
    participantCount: 12,
    respondedCount: 4,
    questionCount: 6,
    myParticipation: { invitedAt: '2026-03-01T08:00:00.000Z', remindedAt: null, respondedAt: null },
    openedAt: '2026-03-01T08:00:00.000Z',
    closedAt: null,
    createdAt: '2026-02-20T09:00:00.000Z',
    ...overrides,
  };
}

/** One question of every kind, in the order the answer page shows them. */
export const questions: Question[] = [
  { id: 'q-rating', kind: 'rating', text: 'Hoe makkelijk vind je het nieuwe intranet?', required: true },
  {
    id: 'q-choice',
    kind: 'choice',
    text: 'Waar lees je het nieuws?',
    required: false,
    options: ['Telefoon', 'Computer', 'Niet'],
  },
  {
    id: 'q-multi',
    kind: 'multi_choice',
    text: 'Welke onderdelen gebruik je?',
    required: false,
    options: ['Nieuws', 'Smoelenboek', 'Roosters'],
  },
  { id: 'q-yes-no', kind: 'yes_no', text: 'Zou je het aanraden aan een collega?', required: true },
  { id: 'q-text', kind: 'text', text: 'Wat mist er nog?', required: false },
  {
    id: 'q-score',
    kind: 'score_options',
    text: 'Geef elke leverancier een score',
    required: false,
    options: ['Leverancier A', 'Leverancier B'],
    criteria: ['Gebruiksgemak', 'Mobiel'],
  },
];

export function round(overrides: Partial<Round> = {}, n = 1): Round {
  const { myParticipation: _mine, ...summary } = roundSummary({}, n);
  return {
    ...summary,
    intro: 'We willen weten hoe het intranet bevalt.',
    questions,
    questionCount: questions.length,
    hasResponses: false,
    ...overrides,
  };
}

export function myResponse(overrides: Partial<MyResponse> = {}, n = 1): MyResponse {
  return { roundId: roundId(n), answers: [], respondedAt: null, updatedAt: null, ...overrides };
}

export function finding(overrides: Partial<Finding> = {}, n = 1): Finding {
  return {
    id: findingId(n),
    title: `Zoeken vindt geen roosters ${n}`,
    body: 'Als ik op rooster zoek, krijg ik alleen nieuws.',
    category: 'search',
    roundId: roundId(1),
    roundTitle: 'Klankbordronde 1',
    status: 'new',
    resolution: null,
    duplicateOfId: null,
    mine: false,
    raisedBy: { userId: '6f1c2d3e-0000-4000-8000-0000000000c1', name: 'Carla Smit' },
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    resolvedOn: null,
    ...overrides,
  };
}

export const page = <T>(items: T[], total = items.length) => ({ items, total, nextCursor: null });
