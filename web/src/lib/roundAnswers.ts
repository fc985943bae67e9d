import type { Answer, AnswerValue, Question, RoundSummary } from '@ambassador/shared';
import { ROUND_LIMITS, SCORE_MAX, SCORE_MIN } from '@ambassador/shared/constants';
import type { ApiError } from './apiError.ts';

/** A `score_options` answer: per option (vendor), per criterion, a score 1–5. */
export type ScoreSheet = Record<string, Record<string, number>>;

/** What the inputs hold while she answers, per question id; a question she has not touched has no entry. */
export type DraftAnswers = Record<string, AnswerValue>;

/** The scale of a rating and of every score: 1 to 5. */
export const SCORES: readonly number[] = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

export const TEXT_ANSWER_MAX = ROUND_LIMITS.textAnswer;

const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The scores given so far, whatever the value held (a draft from an older version of the round, say). */
export function scoreSheet(value: AnswerValue | undefined): ScoreSheet {
  if (!isObject(value)) return {};
  const sheet: ScoreSheet = {};
  for (const [option, scores] of Object.entries(value)) {
    if (!isObject(scores)) continue;
    sheet[option] = Object.fromEntries(Object.entries(scores).filter(([, score]) => isScore(score))) as Record<
      string,
      number
    >;
  }
  return sheet;
}

/** Whether the value is the kind of value the question takes (the server checks the rest). */
export function fitsKind(question: Question, value: unknown): value is AnswerValue {
  switch (question.kind) {
    case 'rating':
      return isScore(value);
    case 'yes_no':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string';
    case 'choice':
      return typeof value === 'string' && (question.options ?? []).includes(value);
    case 'multi_choice':
      return Array.isArray(value) && value.every((item) => (question.options ?? []).includes(item as string));
    case 'score_options':
      return isObject(value);
  }
}

/** Whether anything was given: a started score sheet counts, an empty text does not. */
export function isAnswered(question: Question, value: AnswerValue | undefined): boolean {
  if (value === undefined || !fitsKind(question, value)) return false;
  switch (question.kind) {
    case 'text':
      return (value as string).trim().length > 0;
    case 'multi_choice':
      return (value as string[]).length > 0;
    case 'score_options':
      return Object.values(scoreSheet(value)).some((scores) => Object.keys(scores).length > 0);
    default:
      return true;
  }
}

/** Every option scored on every criterion. */
export function isSheetComplete(question: Question, value: AnswerValue | undefined): boolean {
  const sheet = scoreSheet(value);
  return (question.options ?? []).every((option) =>
    (question.criteria ?? []).every((criterion) => isScore(sheet[option]?.[criterion])),
  );
}

/** What stops a question from being sent, as a key under `answer.problems`; null when it can go. */
export type AnswerProblem = 'required' | 'incomplete' | 'tooLong';

export function answerProblem(question: Question, value: AnswerValue | undefined): AnswerProblem | null {
  if (!isAnswered(question, value)) return question.required ? 'required' : null;
  if (question.kind === 'score_options' && !isSheetComplete(question, value)) return 'incomplete';
  if (question.kind === 'text' && (value as string).trim().length > TEXT_ANSWER_MAX) return 'tooLong';
  return null;
}

/** The body of PUT …/response: the answered questions in question order, texts trimmed. */
export function toAnswers(questions: readonly Question[], draft: DraftAnswers): Answer[] {
  return questions.flatMap((question) => {
    const value = draft[question.id];
    if (!isAnswered(question, value)) return [];
    if (question.kind === 'text') return [{ questionId: question.id, value: (value as string).trim() }];
    if (question.kind === 'score_options') {
      const sheet = scoreSheet(value);
      // Only the round's own options and criteria: an option renamed since the draft was kept would be refused.
      const clean = Object.fromEntries(
        (question.options ?? []).map((option) => [
          option,
          Object.fromEntries(
            (question.criteria ?? []).flatMap((c) => (c in (sheet[option] ?? {}) ? [[c, sheet[option]![c]!]] : [])),
          ),
        ]),
      );
      return [{ questionId: question.id, value: clean }];
    }
    return [{ questionId: question.id, value: value! }];
  });
}

/** Her sent answers (or a kept draft) as the inputs hold them; answers to questions no longer in the round drop out. */
export function toDraft(questions: readonly Question[], answers: readonly Answer[] | DraftAnswers): DraftAnswers {
  const given = Array.isArray(answers)
    ? new Map((answers as readonly Answer[]).map((answer) => [answer.questionId, answer.value as unknown]))
    : new Map(Object.entries(answers as DraftAnswers));
  const draft: DraftAnswers = {};
  for (const question of questions) {
    const value = given.get(question.id);
    if (value !== undefined && fitsKind(question, value)) draft[question.id] = value;
  }
  return draft;
}

/** The first question that cannot be sent yet, with why. */
export function firstProblem(
  questions: readonly Question[],
  draft: DraftAnswers,
): { index: number; problem: AnswerProblem } | null {
  for (const [index, question] of questions.entries()) {
    const problem = answerProblem(question, draft[question.id]);
    if (problem) return { index, problem };
  }
  return null;
}

/** `answers.2.value`, `answers/2/value`, `/body/answers/2/value`: the index into the answers that were sent. */
const ANSWER_FIELD = /^\/?(?:body[./])?answers[./[](\d+)/;
/** A required question left out: the server names it in the message, `question "q3" must be answered`. */
const MISSING_QUESTION = /question "([^"]+)"/;

/**
 * A refused response's errors by question id, each as its code (`invalid_answer`, `required`, …). Errors that name
 * no question are left out; the caller shows the problem's own message for those.
 */
export function errorsByQuestion(error: ApiError, sent: readonly Answer[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const item of error.errors) {
    const field = item.field ?? '';
    const indexed = ANSWER_FIELD.exec(field);
    const questionId = indexed
      ? sent[Number(indexed[1])]?.questionId
      : field.replace(/^\/?(?:body[./])?/, '') === 'answers'
        ? MISSING_QUESTION.exec(item.message)?.[1]
        : undefined;
    if (questionId && !(questionId in found)) found[questionId] = item.code;
  }
  return found;
}

/** She may still send or change her answers. */
export function isAnswerable(round: Pick<RoundSummary, 'status' | 'closesAt'>, now: Date = new Date()): boolean {
  if (round.status !== 'open') return false;
  return !round.closesAt || new Date(round.closesAt).getTime() > now.getTime();
}

export function hasResponded(round: Pick<RoundSummary, 'myParticipation'>): boolean {
  return !!round.myParticipation?.respondedAt;
}

/** Open rounds she has not answered first, then the ones closing soonest; no close date last. */
export function byUrgency(a: RoundSummary, b: RoundSummary): number {
  const answered = Number(hasResponded(a)) - Number(hasResponded(b));
  if (answered !== 0) return answered;
  const closes = (round: RoundSummary) => (round.closesAt ? new Date(round.closesAt).getTime() : Infinity);
  return closes(a) - closes(b) || a.title.localeCompare(b.title, 'nl');
}

const DRAFT_PREFIX = 'ambassador.roundDraft';

export function draftKey(userId: string, roundId: string): string {
  return `${DRAFT_PREFIX}.${userId}.${roundId}`;
}

/**
 * Unsent answers kept on this device, so a reload or a dropped connection loses nothing. Only the answers are kept,
 * under the user's and the round's id; storage that is blocked or full just means no draft.
 */
export function readDraft(userId: string, roundId: string): DraftAnswers | null {
  try {
    const text = globalThis.localStorage?.getItem(draftKey(userId, roundId));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) && isObject(parsed.answers) ? (parsed.answers as DraftAnswers) : null;
  } catch {
    return null;
  }
}

export function writeDraft(userId: string, roundId: string, answers: DraftAnswers): void {
  try {
    globalThis.localStorage?.setItem(draftKey(userId, roundId), JSON.stringify({ answers }));
  } catch {
    // Not kept on this device; the answers are still on screen.
  }
}

export function clearDraft(userId: string, roundId: string): void {
  try {
    globalThis.localStorage?.removeItem(draftKey(userId, roundId));
  } catch {
    // Nothing to clear.
  }
}
