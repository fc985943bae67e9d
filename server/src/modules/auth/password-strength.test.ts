import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../test/factories.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import { assertStrongPassword, MIN_PASSWORD_SCORE, passwordFeedback } from './password-strength.ts';

describe('password strength', () => {
  it.each([
    ['the test factories’ password', PASSWORD],
    ['the demo password', DEMO_PASSWORD],
    ['the e2e admin password', 'een lange zin als wachtwoord'],
    ['the e2e invitee password', 'mijn eigen lange wachtwoord'],
    ['the invitation tests’ password', 'a brand new password'],
  ])('accepts %s', (_label, password) => {
    expect(
      passwordFeedback(password, ['Zorggroep Horizon', 'Admin Test', 'admin@example.test']).score,
    ).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
  });

  it.each([
    ['one repeated letter', 'aaaaaaaaaaaa'],
    ['a common password with digits', 'password1234'],
    ['a Dutch common word with digits', 'wachtwoord123'],
    ['a keyboard row', 'qwertyuiop12'],
  ])('refuses %s', (_label, password) => {
    expect(() => assertStrongPassword({ password, userInputs: [] })).toThrow(
      expect.objectContaining({ code: 'weak_password', statusCode: 422 }),
    );
  });

  it('counts the words of the user’s own inputs, not only the whole value', () => {
    const email = 'dorothea.kwakernaak@example.test';
    expect(passwordFeedback('kwakernaakdorothea', []).score).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    expect(passwordFeedback('kwakernaakdorothea', [email]).score).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it('names the field and gives English feedback with the keys beside it', () => {
    let caught: unknown;
    try {
      assertStrongPassword({ password: 'aaaaaaaaaaaa', userInputs: [], field: 'newPassword' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      code: 'weak_password',
      extensions: {
        errors: [{ field: 'newPassword', code: 'weak_password', message: expect.stringContaining('"aaa"') }],
        feedback: { warning: 'simpleRepeat', suggestions: ['anotherWord', 'repeated'] },
      },
    });
  });

  it('scores a hostile 128-character password in well under a second', () => {
    const started = performance.now();
    passwordFeedback('4@3$1!0o5s7+'.repeat(11).slice(0, 128), []);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
