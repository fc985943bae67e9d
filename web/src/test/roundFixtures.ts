import type { Participant, QuestionResult, Round, RoundResults, RoundSummary } from '@ambassador/shared';
import { departmentIds, layers } from './fixtures.ts';

export const roundId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000007${String(n).padStart(2, '0')}`;
export const participantId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000004${String(n).padStart(2, '0')}`;
const employeeId = (n: number) => `6f1c2d3e-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`;

/** layers[0] Bestuur en directie · [1] Management · [2] Teamleiding · [3] Zorg en behandeling */
export const layerIds = layers.map((layer) => layer.id);

export function roundSummary(overrides: Partial<RoundSummary> = {}, n = 1): RoundSummary {
  return {
    id: roundId(n),
    purpose: 'vendor_selection',
    title: `Keuze intranetleverancier ${n}`,
    intro: null,
    status: 'open',
    opensAt: '2026-03-02T08:00:00.000Z',
    closesAt: '2026-03-16T16:00:00.000Z',
    anonymous: false,
    minGroupSize: 3,
    participantCount: 8,
    respondedCount: 3,
    questionCount: 2,
    openedAt: '2026-03-02T08:00:00.000Z',
    closedAt: null,
    createdAt: '2026-02-20T10:00:00.000Z',
    ...overrides,
  };
}

export function participant(n: number, overrides: Partial<Participant> = {}): Participant {
  return {
    ambassadorId: participantId(n),
    employeeId: employeeId(n),
    name: `Deelnemer ${n}`,
    departmentId: departmentIds.beuk,
    layerId: layerIds[3]!,
    roles: ['sounding_board'],
    invitedAt: null,
    remindedAt: null,
    respondedAt: null,
    ...overrides,
  };
}

export function round(overrides: Partial<Round> = {}, n = 1): Round {
  return {
    ...roundSummary({ status: 'draft', opensAt: null, closesAt: null, openedAt: null, respondedCount: 0 }, n),
    participantCount: 2,
    questions: [
      { id: 'q_rating', kind: 'rating', text: 'Hoe tevreden ben je over het huidige intranet?', required: true },
      {
        id: 'q_vendors',
        kind: 'score_options',
        text: 'Scoor de leveranciers',
        required: true,
        options: ['Alpha', 'Beta'],
        criteria: ['Gebruiksgemak', 'Mobiel'],
      },
    ],
    participants: [participant(1), participant(2, { layerId: layerIds[2]!, name: 'Deelnemer 2' })],
    coverage: {
      layers: [
        { layerId: layerIds[0]!, participants: 0 },
        { layerId: layerIds[1]!, participants: 0 },
        { layerId: layerIds[2]!, participants: 1 },
        { layerId: layerIds[3]!, participants: 1 },
      ],
      departments: [{ departmentId: departmentIds.beuk, participants: 2 }],
      missingLayerIds: [layerIds[0]!, layerIds[1]!],
    },
    hasResponses: false,
    ...overrides,
  };
}

const group = (layerId: string, figures: Partial<QuestionResult['byLayer'][number]>) => ({
  layerId,
  responses: 0,
  ...figures,
});

/** A rating, a yes/no, a text and a vendor ranking in which Beta beats Alpha; the top layer is too small to show. */
export function roundResults(overrides: Partial<RoundResults> = {}): RoundResults {
  return {
    roundId: roundId(1),
    status: 'closed',
    anonymous: true,
    minGroupSize: 3,
    participation: {
      invited: 10,
      responded: 7,
      byLayer: [
        { layerId: layerIds[1]!, invited: 2, responded: 1 },
        { layerId: layerIds[3]!, invited: 6, responded: 5 },
        { layerId: layerIds[2]!, invited: 2, responded: 1 },
      ],
      byDepartment: [{ departmentId: departmentIds.beuk, invited: 10, responded: 7 }],
      unheardLayerIds: [layerIds[0]!],
    },
    questions: [
      {
        questionId: 'q_rating',
        kind: 'rating',
        text: 'Hoe tevreden ben je over het huidige intranet?',
        responses: 7,
        mean: 3.2857142857,
        distribution: { '1': 1, '2': 1, '3': 1, '4': 3, '5': 1 },
        byLayer: [
          group(layerIds[3]!, { responses: 5, mean: 3.6, distribution: { '1': 0, '2': 1, '3': 1, '4': 2, '5': 1 } }),
          group(layerIds[1]!, { responses: 1, suppressed: true }),
          group(layerIds[2]!, { responses: 1, suppressed: true }),
        ],
        byDepartment: [],
      },
      {
        questionId: 'q_yes',
        kind: 'yes_no',
        text: 'Gebruik je het intranet op je telefoon?',
        responses: 7,
        distribution: { true: 5, false: 2 },
        byLayer: [],
        byDepartment: [],
      },
      {
        questionId: 'q_text',
        kind: 'text',
        text: 'Wat mis je het meest?',
        responses: 2,
        texts: ['Het rooster', 'Een goede zoekfunctie'],
        byLayer: [],
        byDepartment: [],
      },
      {
        questionId: 'q_vendors',
        kind: 'score_options',
        text: 'Scoor de leveranciers',
        responses: 7,
        byLayer: [group(layerIds[3]!, { responses: 5 }), group(layerIds[1]!, { responses: 1, suppressed: true })],
        byDepartment: [],
        ranking: [
          {
            option: 'Alpha',
            mean: 2.75,
            criteria: { Gebruiksgemak: 2.5, Mobiel: 3 },
            byLayer: [{ layerId: layerIds[3]!, mean: 2.8 }],
          },
          {
            option: 'Beta',
            mean: 4.25,
            criteria: { Gebruiksgemak: 4.5, Mobiel: 4 },
            byLayer: [{ layerId: layerIds[3]!, mean: 4.2 }],
          },
        ],
      },
    ],
    ...overrides,
  };
}
