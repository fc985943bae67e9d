import type { Layer, Question, QuestionInput, QuestionKind, Round } from '@ambassador/shared';
import { ROUND_LIMITS } from '@ambassador/shared/constants';

/** The kinds that list answers to pick from (or, for `score_options`, the options to score). */
const WITH_OPTIONS: readonly QuestionKind[] = ['choice', 'multi_choice', 'score_options'];

export const hasOptions = (kind: QuestionKind) => WITH_OPTIONS.includes(kind);
export const hasCriteria = (kind: QuestionKind) => kind === 'score_options';

/** A question as the builder edits it; `key` tells the rows apart before the server has given an `id`. */
export interface DraftQuestion {
  key: string;
  id?: string;
  kind: QuestionKind;
  text: string;
  required: boolean;
  options: string[];
  criteria: string[];
}

let nextKey = 0;
const newKey = () => `draft-${++nextKey}`;

export function newDraftQuestion(kind: QuestionKind): DraftQuestion {
  return {
    key: newKey(),
    kind,
    text: '',
    required: true,
    options: hasOptions(kind) ? ['', ''] : [],
    criteria: hasCriteria(kind) ? [''] : [],
  };
}

export function draftFromQuestion(question: Question): DraftQuestion {
  return {
    key: newKey(),
    id: question.id,
    kind: question.kind,
    text: question.text,
    required: question.required,
    options: [...(question.options ?? [])],
    criteria: [...(question.criteria ?? [])],
  };
}

/** What the server takes: options and criteria only for the kinds that have them, texts trimmed. */
export function draftToInput(draft: DraftQuestion): QuestionInput {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    kind: draft.kind,
    text: draft.text.trim(),
    required: draft.required,
    ...(hasOptions(draft.kind) ? { options: draft.options.map((option) => option.trim()) } : {}),
    ...(hasCriteria(draft.kind) ? { criteria: draft.criteria.map((criterion) => criterion.trim()) } : {}),
  };
}

/** A copy of `list` with the item at `from` moved one place up (-1) or down (+1); the same list at either end. */
export function moved<T>(list: readonly T[], from: number, delta: -1 | 1): T[] {
  const to = from + delta;
  const next = [...list];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export const canAddQuestion = (count: number) => count < ROUND_LIMITS.questions;

export interface PlacedPerson {
  layerId: string;
  departmentId: string;
}

export interface LayerCoverage {
  layer: Layer;
  participants: number;
}

/**
 * The participants per layer over the organisation's layers that have employees, and the layers nobody speaks for:
 * what the builder shows while choosing (after a save the server's `coverage` is the truth).
 */
export function layerCoverage(
  people: readonly PlacedPerson[],
  layers: readonly Layer[],
): { layers: LayerCoverage[]; missing: Layer[] } {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(person.layerId, (counts.get(person.layerId) ?? 0) + 1);
  const staffed = [...layers].filter((layer) => layer.employeeCount > 0).sort((a, b) => a.rank - b.rank);
  const rows = staffed.map((layer) => ({ layer, participants: counts.get(layer.id) ?? 0 }));
  return { layers: rows, missing: rows.filter((row) => row.participants === 0).map((row) => row.layer) };
}

/** How many departments the people come from. */
export function departmentCount(people: readonly PlacedPerson[]): number {
  return new Set(people.map((person) => person.departmentId)).size;
}

/** The server's coverage of a saved round, with the layers named (in rank order). */
export function roundLayerCoverage(
  round: Pick<Round, 'coverage'>,
  layers: readonly Layer[],
): { layers: LayerCoverage[]; missing: Layer[] } | null {
  if (!round.coverage) return null;
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  const named = (layerId: string) =>
    byId.get(layerId) ?? { id: layerId, name: '?', rank: Number.MAX_SAFE_INTEGER, employeeCount: 0 };
  const rows = round.coverage.layers
    .map((row) => ({ layer: named(row.layerId), participants: row.participants }))
    .sort((a, b) => a.layer.rank - b.layer.rank);
  const missing = round.coverage.missingLayerIds.map(named).sort((a, b) => a.rank - b.rank);
  return { layers: rows, missing };
}

/** Which actions a round's status allows on its page. */
export function roundActions(round: Pick<Round, 'status'>) {
  return {
    edit: round.status !== 'closed',
    open: round.status === 'draft',
    close: round.status === 'open',
    remind: round.status === 'open',
    remove: round.status === 'draft',
    results: round.status !== 'draft',
  };
}

/** The round's own fields as the builder's inputs hold them (dates as `YYYY-MM-DDTHH:mm` on the organisation's clock). */
export interface RoundBasics {
  title: string;
  purpose: Round['purpose'] | null;
  intro: string;
  opensAt: string;
  closesAt: string;
  anonymous: boolean;
  /** Text, as the number input gives it. */
  minGroupSize: string;
}

export const emptyBasics = (): RoundBasics => ({
  title: '',
  purpose: null,
  intro: '',
  opensAt: '',
  closesAt: '',
  anonymous: false,
  minGroupSize: String(ROUND_LIMITS.minGroupSize.default),
});
