import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nlBe from '@zxcvbn-ts/language-nl-be';
import { WeakPassword, type PasswordFeedback } from './auth.errors.ts';

/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Built once: ranking the dictionaries takes about 100 ms. The options keep one check under ~100 ms even for a
 * hostile 128-character password: only the first 64 characters are scored (a longer one is not weak for its tail),
 * l33t substitutions are capped, and the Levenshtein matcher stays off (it costs ~400 ms on every check).
 * No translations are passed, so the feedback comes back as stable keys that clients translate.
 */
let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...nlBe.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: 64,
    l33tMaxSubstitutions: 4,
  });
  return factory;
}

/** What the person typed elsewhere in the form, whole and in words, so that "Zorggroep Horizon 2026" is weak there. */
function userInputWords(userInputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    for (const part of value.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export function passwordFeedback(password: string, userInputs: readonly string[] = []) {
  const result = zxcvbn().check(password, userInputWords(userInputs));
  const feedback: PasswordFeedback = { warning: result.feedback.warning, suggestions: result.feedback.suggestions };
  return { score: result.score, feedback };
}

/** Throws `weak_password` (on `field`) unless the password scores at least MIN_PASSWORD_SCORE. */
export function assertStrongPassword({
  password,
  userInputs,
  field = 'password',
}: {
  password: string;
  userInputs: readonly string[];
  field?: string;
}): void {
  const { score, feedback } = passwordFeedback(password, userInputs);
  if (score < MIN_PASSWORD_SCORE) throw new WeakPassword(field, feedback, describe(feedback));
}

/** The English sentence for the field error; `feedback` carries the keys for clients in other languages. */
function describe({ warning, suggestions }: PasswordFeedback): string {
  const warnings = en.translations.warnings as Record<string, string>;
  const hints = en.translations.suggestions as Record<string, string>;
  return [
    'This password is too easy to guess.',
    ...(warning && warnings[warning] ? [warnings[warning]] : []),
    ...suggestions.flatMap((key) => (hints[key] ? [hints[key]] : [])),
  ].join(' ');
}
