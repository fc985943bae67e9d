import { randomBytes } from 'node:crypto';
import type { Question, QuestionInput } from '@ambassador/shared';
import type { FieldError } from '../../../http/errors.ts';

const NEEDS_OPTIONS = new Set<Question['kind']>(['choice', 'multi_choice', 'score_options']);

/** A short random id that fits `QuestionId`: `q_` and eight base64url characters. */
export function newQuestionId(): string {
  return `q_${randomBytes(6).toString('base64url')}`;
}

function labels(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((label) => label.trim());
}

/**
 * The builder's questions as stored: text and options trimmed, `required` defaulted, an id given to every question
 * that has none; or the field errors of the questions that do not fit their kind.
 */
export function normaliseQuestions(
  input: readonly QuestionInput[],
): { questions: Question[]; errors: [] } | { questions?: undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const error = (index: number, field: string, code: string, message: string) =>
    errors.push({ field: `questions.${index}${field ? `.${field}` : ''}`, code, message });
  const given = new Set<string>();
  input.forEach((question, index) => {
    if (question.id === undefined) return;
    if (given.has(question.id)) error(index, 'id', 'duplicate', `question id "${question.id}" is used twice`);
    given.add(question.id);
  });
  const questions = input.map((question, index): Question => {
    const text = question.text.trim();
    if (!text) error(index, 'text', 'required', 'a question needs a text');
    const options = labels(question.options);
    const criteria = labels(question.criteria);
    if (NEEDS_OPTIONS.has(question.kind)) {
      if (options.length < 2)
        error(index, 'options', 'too_few', `a ${question.kind} question needs at least 2 options`);
    } else if (options.length > 0)
      error(index, 'options', 'not_allowed', `a ${question.kind} question takes no options`);
    if (options.some((option) => !option)) error(index, 'options', 'required', 'an option needs a text');
    else if (new Set(options).size !== options.length) error(index, 'options', 'duplicate', 'options must differ');
    if (question.kind === 'score_options') {
      if (criteria.length < 1)
        error(index, 'criteria', 'too_few', 'a score_options question needs at least 1 criterion');
    } else if (criteria.length > 0)
      error(index, 'criteria', 'not_allowed', `a ${question.kind} question takes no criteria`);
    if (criteria.some((criterion) => !criterion)) error(index, 'criteria', 'required', 'a criterion needs a text');
    else if (new Set(criteria).size !== criteria.length) error(index, 'criteria', 'duplicate', 'criteria must differ');
    let id = question.id;
    while (id === undefined || (question.id === undefined && given.has(id))) id = newQuestionId();
    given.add(id);
    return {
      id,
      kind: question.kind,
      text,
      required: question.required ?? true,
      ...(NEEDS_OPTIONS.has(question.kind) ? { options } : {}),
      ...(question.kind === 'score_options' ? { criteria } : {}),
    };
  });
  return errors.length > 0 ? { errors } : { questions, errors: [] };
}
