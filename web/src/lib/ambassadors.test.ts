import { AMBASSADOR_TRANSITIONS, AmbassadorStatuses } from '@ambassador/shared/constants';
import { describe, expect, it } from 'vitest';
import { ambassador, ambassadorSummary } from '../test/fixtures.ts';
import { BOARD_COLUMNS, canMove, isFullRecord, shortPath } from './ambassadors.ts';

describe('ambassador statuses in the web app', () => {
  it('allow exactly the moves the server allows', () => {
    expect(canMove('candidate', 'onboarding')).toBe(true);
    expect(canMove('candidate', 'active')).toBe(false);
    for (const from of AmbassadorStatuses) {
      for (const to of AmbassadorStatuses) {
        expect(canMove(from, to), `${from} → ${to}`).toBe(AMBASSADOR_TRANSITIONS[from].includes(to));
      }
    }
  });

  it('show every status on the board, from candidate to declined', () => {
    expect(BOARD_COLUMNS).toEqual([...AmbassadorStatuses]);
    expect(BOARD_COLUMNS[0]).toBe('candidate');
    expect(BOARD_COLUMNS.at(-1)).toBe('declined');
  });

  it("tells a whole record in the list from a colleague's summary", () => {
    expect(isFullRecord(ambassador())).toBe(true);
    expect(isFullRecord(ambassadorSummary())).toBe(false);
  });

  it('shortens a long department path to its last two parts', () => {
    expect(shortPath('Wonen en Zorg / De Linde / Afdeling Beuk')).toBe('… / De Linde / Afdeling Beuk');
    expect(shortPath('Wonen en Zorg / De Linde')).toBe('Wonen en Zorg / De Linde');
  });
});
