import type { Answer, Question, QuestionResult, RoundResults, RoundStatus } from '@ambassador/shared';
import { SCORE_MAX, SCORE_MIN } from '@ambassador/shared/constants';

/** One participant as the results read her: her employee's layer and department now, and her answers if any. */
export type ResultParticipant = {
  layerId: string;
  departmentId: string;
  responded: boolean;
  answers: readonly Answer[] | null;
};

export type ResultInput = {
  round: {
    id: string;
    status: RoundStatus;
    anonymous: boolean;
    minGroupSize: number;
    questions: readonly Question[];
  };
  participants: readonly ResultParticipant[];
  /** The organisation's layers that have active employees, in rank order. */
  staffedLayerIds: readonly string[];
  /** Sort keys: layers by rank, departments in tree order. */
  layerOrder: ReadonlyMap<string, number>;
  departmentOrder: ReadonlyMap<string, number>;
};

type Figures = { mean?: number; distribution?: Record<string, number> };
type Given = { layerId: string; departmentId: string; value: Answer['value'] };
type ScoreSheet = Record<string, Record<string, number>>;

const textOrder = new Intl.Collator('nl', { sensitivity: 'variant', numeric: true });
const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));

/** Items by a key, in one pass. */
function bucket<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const list = buckets.get(key(item));
    if (list) list.push(item);
    else buckets.set(key(item), [item]);
  }
  return buckets;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;

function ordered(ids: Iterable<string>, order: ReadonlyMap<string, number>): string[] {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function counted(keys: readonly string[]) {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<string, number>;
}

/** Mean and distribution of one question's values, as far as its kind has them. */
function figures(question: Question, values: readonly Answer['value'][]): Figures {
  switch (question.kind) {
    case 'rating': {
      const distribution = counted(SCALE);
      for (const value of values) if (String(value) in distribution) distribution[String(value)]! += 1;
      const m = mean(values as number[]);
      return { ...(m === undefined ? {} : { mean: m }), distribution };
    }
    case 'choice':
    case 'multi_choice': {
      const distribution = counted(question.options ?? []);
      for (const value of values)
        for (const option of Array.isArray(value) ? value : [value])
          if (typeof option === 'string' && Object.hasOwn(distribution, option)) distribution[option]! += 1;
      return { distribution };
    }
    case 'yes_no': {
      const distribution = { true: 0, false: 0 };
      for (const value of values) if (typeof value === 'boolean') distribution[String(value) as 'true' | 'false'] += 1;
      return { distribution };
    }
    default:
      return {};
  }
}

/** Options by their mean over every criterion score, best first (ties keep the option order), with per-layer means. */
function ranking(question: Question, given: readonly Given[], shownLayerIds: readonly string[]) {
  if (given.length === 0) return [];
  const criteria = question.criteria ?? [];
  const sheets = given.map((g) => ({ layerId: g.layerId, sheet: g.value as ScoreSheet }));
  const sheetsByLayer = bucket(sheets, (row) => row.layerId);
  const scoresOf = (option: string, rows: typeof sheets, criterion?: string) =>
    rows.flatMap(({ sheet }) =>
      (criterion ? [criterion] : criteria)
        .map((c) => sheet[option]?.[c])
        .filter((v): v is number => typeof v === 'number'),
    );
  return (question.options ?? [])
    .map((option, index) => ({
      index,
      option,
      mean: mean(scoresOf(option, sheets)) ?? 0,
      criteria: Object.fromEntries(criteria.map((c) => [c, mean(scoresOf(option, sheets, c)) ?? 0])),
      byLayer: shownLayerIds.flatMap((layerId) => {
        const m = mean(scoresOf(option, sheetsByLayer.get(layerId) ?? []));
        return m === undefined ? [] : [{ layerId, mean: m }];
      }),
    }))
    .sort((a, b) => b.mean - a.mean || a.index - b.index)
    .map(({ index: _index, ...rest }) => rest);
}

/**
 * A round's results from its participants' rows: participation overall, by layer and by department; per question the
 * count of answers, mean and distribution as its kind has them, the same per layer and department (an anonymous
 * round's group with fewer than `minGroupSize` answers is suppressed), the ranking of a `score_options` question and
 * the texts of a `text` question (sorted, tied to nobody). Pure: the repository feeds it, the CSV and the API read it.
 */
export function computeResults(input: ResultInput): RoundResults {
  const { round, participants } = input;
  const layerIds = ordered(
    participants.map((p) => p.layerId),
    input.layerOrder,
  );
  const departmentIds = ordered(
    participants.map((p) => p.departmentId),
    input.departmentOrder,
  );
  const participation = (group: readonly ResultParticipant[] = []) => ({
    invited: group.length,
    responded: group.filter((p) => p.responded).length,
  });
  const participantsByLayer = bucket(participants, (p) => p.layerId);
  const participantsByDepartment = bucket(participants, (p) => p.departmentId);
  const heard = new Set(participants.filter((p) => p.responded).map((p) => p.layerId));
  const hidden = (responses: number) => round.anonymous && responses < round.minGroupSize;

  const questions = round.questions.map((question): QuestionResult => {
    const given: Given[] = [];
    for (const participant of participants)
      for (const answer of participant.answers ?? [])
        if (answer.questionId === question.id)
          given.push({ layerId: participant.layerId, departmentId: participant.departmentId, value: answer.value });
    const group = (values: Given[]) => {
      const responses = values.length;
      if (hidden(responses)) return { responses, suppressed: true };
      const { mean: m, distribution } = figures(
        question,
        values.map((g) => g.value),
      );
      return { responses, ...(m === undefined ? {} : { mean: m }), ...(distribution ? { distribution } : {}) };
    };
    const givenByLayer = bucket(given, (g) => g.layerId);
    const givenByDepartment = bucket(given, (g) => g.departmentId);
    const byLayer = layerIds.map((layerId) => ({ layerId, ...group(givenByLayer.get(layerId) ?? []) }));
    const overall = figures(
      question,
      given.map((g) => g.value),
    );
    return {
      questionId: question.id,
      kind: question.kind,
      text: question.text,
      responses: given.length,
      ...overall,
      byLayer,
      byDepartment: departmentIds.map((departmentId) => ({
        departmentId,
        ...group(givenByDepartment.get(departmentId) ?? []),
      })),
      ...(question.kind === 'score_options'
        ? {
            ranking: ranking(
              question,
              given,
              byLayer.filter((layer) => !layer.suppressed && layer.responses > 0).map((layer) => layer.layerId),
            ),
          }
        : {}),
      ...(question.kind === 'text'
        ? {
            texts: given
              .map((g) => g.value as string)
              .sort((a, b) => textOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)),
          }
        : {}),
    };
  });

  return {
    roundId: round.id,
    status: round.status,
    anonymous: round.anonymous,
    minGroupSize: round.minGroupSize,
    participation: {
      ...participation(participants),
      byLayer: layerIds.map((layerId) => ({ layerId, ...participation(participantsByLayer.get(layerId)) })),
      byDepartment: departmentIds.map((departmentId) => ({
        departmentId,
        ...participation(participantsByDepartment.get(departmentId)),
      })),
      unheardLayerIds: input.staffedLayerIds.filter((layerId) => !heard.has(layerId)),
    },
    questions,
  };
}
