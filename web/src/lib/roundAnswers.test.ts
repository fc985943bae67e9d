import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError.ts';
import { answerProblem, byUrgency, errorsByQuestion, isAnswerable, toAnswers } from './roundAnswers.ts';
import { questions, roundSummary } from '../test/feedbackFixtures.ts';

const [rating, , multi, , text, score] = questions;

describe('round answers', () => {
  it('sends only answered questions, in question order, texts trimmed', () => {
    expect(
      toAnswers(questions, { 'q-text': '  Een agenda ', 'q-multi': [], 'q-rating': 2, 'q-yes-no': false }),
    ).toEqual([
      { questionId: 'q-rating', value: 2 },
      { questionId: 'q-yes-no', value: false },
      { questionId: 'q-text', value: 'Een agenda' },
    ]);
  });

  it('names what stops a question from being sent', () => {
    expect(answerProblem(rating!, undefined)).toBe('required');
    expect(answerProblem(multi!, [])).toBeNull();
    expect(answerProblem(text!, '   ')).toBeNull();
    expect(answerProblem(text!, 'x'.repeat(4001))).toBe('tooLong');
    expect(answerProblem(score!, { 'Leverancier A': { Gebruiksgemak: 3 } })).toBe('incomplete');
  });

  it('finds the question of a refused answer in every spelling of its field', () => {
    const sent = [
      { questionId: 'q-rating', value: 2 },
      { questionId: 'q-text', value: 'x' },
    ];
    const refused = (field: string, message = 'no') =>
      new ApiError({ status: 400, code: 'validation_failed', errors: [{ field, code: 'invalid_answer', message }] });

    expect(errorsByQuestion(refused('answers.1.value'), sent)).toEqual({ 'q-text': 'invalid_answer' });
    expect(errorsByQuestion(refused('answers/1/value'), sent)).toEqual({ 'q-text': 'invalid_answer' });
    expect(errorsByQuestion(refused('/body/answers/0/value'), sent)).toEqual({ 'q-rating': 'invalid_answer' });
    expect(errorsByQuestion(refused('answers', 'question "q-yes-no" must be answered'), sent)).toEqual({
      'q-yes-no': 'invalid_answer',
    });
    expect(errorsByQuestion(refused('answers.7.value'), sent)).toEqual({});
  });

  it('takes answers while the round is open and its close date has not passed', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    expect(isAnswerable(roundSummary({ closesAt: '2026-03-11T00:00:00.000Z' }), now)).toBe(true);
    expect(isAnswerable(roundSummary({ closesAt: '2026-03-10T00:00:00.000Z' }), now)).toBe(false);
    expect(isAnswerable(roundSummary({ status: 'closed', closesAt: null }), now)).toBe(false);
  });

  it('lists unanswered rounds first, then by close date', () => {
    const answered = roundSummary(
      { title: 'A', myParticipation: { invitedAt: null, remindedAt: null, respondedAt: '2026-03-01T00:00:00Z' } },
      1,
    );
    const later = roundSummary({ title: 'B', closesAt: '2026-05-01T00:00:00Z' }, 2);
    const sooner = roundSummary({ title: 'C', closesAt: '2026-04-01T00:00:00Z' }, 3);
    const never = roundSummary({ title: 'D', closesAt: null }, 4);
    expect([answered, never, later, sooner].sort(byUrgency).map((r) => r.title)).toEqual(['C', 'B', 'D', 'A']);
  });
});
