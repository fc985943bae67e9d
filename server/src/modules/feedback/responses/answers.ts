import type { Answer, Question } from '@ambassador/shared';
import { ROUND_LIMITS, SCORE_MAX, SCORE_MIN } from '@ambassador/shared/constants';
import type { FieldError } from '../../../http/errors.ts';

const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

/** Why a value does not fit its question, or undefined when it does. */
function misfit(question: Question, value: unknown): string | undefined {
  const options = question.options ?? [];
  switch (question.kind) {
    case 'rating':
      return isScore(value) ? undefined : `a rating is an integer from ${SCORE_MIN} to ${SCORE_MAX}`;
    case 'yes_no':
      return typeof value === 'boolean' ? undefined : 'a yes/no answer is true or false';
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.trim().length <= ROUND_LIMITS.textAnswer
        ? undefined
        : `a text answer has 1 to ${ROUND_LIMITS.textAnswer} characters`;
    case 'choice':
      return typeof value === 'string' && options.includes(value) ? undefined : 'the answer must be one of the options';
    case 'multi_choice':
      return Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((item) => typeof item === 'string' && options.includes(item))
        ? undefined
        : 'the answer must be one or more different options';
    case 'score_options': {
      const criteria = question.criteria ?? [];
      return isObject(value) &&
        sameKeys(value, options) &&
        options.every((option) => {
          const scores = value[option];
          return isObject(scores) && sameKeys(scores, criteria) && criteria.every((c) => isScore(scores[c]));
        })
        ? undefined
        : `every option must be scored ${SCORE_MIN} to ${SCORE_MAX} on every criterion`;
    }
  }
}

/**
 * Checks a response against the round's questions: every answer names a question once and fits its kind, and every
 * required question is answered. Returns the answers as stored (texts trimmed, in question order) or the field errors.
 */
export function checkAnswers(
  questions: readonly Question[],
  answers: readonly Answer[],
): { answers: Answer[]; errors: [] } | { answers?: undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question)
      errors.push({ field: `answers.${index}.questionId`, code: 'unknown_question', message: 'no such question' });
    else if (seen.has(answer.questionId))
      errors.push({ field: `answers.${index}.questionId`, code: 'duplicate', message: 'answered twice' });
    else {
      const why = misfit(question, answer.value);
      if (why) errors.push({ field: `answers.${index}.value`, code: 'invalid_answer', message: why });
    }
    seen.add(answer.questionId);
  });
  for (const question of questions)
    if (question.required && !seen.has(question.id))
      errors.push({ field: 'answers', code: 'required', message: `question "${question.id}" must be answered` });
  if (errors.length > 0) return { errors: errors.slice(0, 20) };
  const order = new Map(questions.map((question, index) => [question.id, index]));
  const stored = answers
    .map((answer) => (typeof answer.value === 'string' ? { ...answer, value: answer.value.trim() } : answer))
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!);
  return { answers: stored, errors: [] };
}
