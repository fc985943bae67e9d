import { FindingCategories, FindingStatuses, QuestionKinds } from '@ambassador/shared/constants';
import { describe, expect, it } from 'vitest';
import { flattenKeys } from './keys.ts';
import englishAreas from './locales/en-areas.ts';
import english from './locales/en.ts';
import dutchAreas from './locales/nl-areas.ts';
import dutch from './locales/nl.ts';

const nl = { ...dutch(), ...dutchAreas() };
const en = { ...english(), ...englishAreas() };

describe('feedback and findings translations', () => {
  it('name every finding status and category in both languages', () => {
    const wanted = [
      ...FindingStatuses.map((status) => `findings.status.${status}`),
      ...FindingStatuses.map((status) => `findings.panel.moveTo.${status}`),
      ...FindingCategories.map((category) => `findings.category.${category}`),
    ];
    for (const messages of [nl, en]) {
      const keys = new Set(flattenKeys(messages));
      expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it('explain every problem the answer page and the board can meet', () => {
    const keys = new Set(flattenKeys(nl));
    const wanted = [
      // The answer page's own words for a round she cannot answer, and for refused answers.
      ...['round_not_open', 'not_a_participant', 'round_closed'].map((code) => `answer.blocked.${code}`),
      ...['required', 'incomplete', 'tooLong', 'invalid_answer', 'unknown_question', 'duplicate'].map(
        (code) => `answer.problems.${code}`,
      ),
      // Codes the findings routes send, shown through errors.<code>.
      ...['illegal_transition', 'self_reference', 'duplicate_of_duplicate', 'round_draft'].map(
        (code) => `errors.${code}`,
      ),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
    expect(QuestionKinds.length).toBeGreaterThan(0);
  });
});
