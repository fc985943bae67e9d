// Tests may import runtime values from @ambassador/shared: only the app bundle must stay free of typebox.
import { AMBASSADOR_TRANSITIONS as SHARED_TRANSITIONS, AmbassadorRoles, AmbassadorStatuses } from '@ambassador/shared';
import { describe, expect, it } from 'vitest';
import { ambassador, ambassadorSummary } from '../test/fixtures.ts';
import { AMBASSADOR_TRANSITIONS, BOARD_COLUMNS, canMove, isFullRecord, shortPath } from './ambassadors.ts';
import { AMBASSADOR_ROLES, AMBASSADOR_STATUSES } from './enums.ts';

describe('ambassador statuses in the web app', () => {
  it('follow the transitions the server enforces', () => {
    expect(AMBASSADOR_TRANSITIONS).toEqual(SHARED_TRANSITIONS);
    expect(canMove('candidate', 'onboarding')).toBe(true);
    expect(canMove('candidate', 'active')).toBe(false);
  });

  it('show every status on the board and list every role', () => {
    expect([...BOARD_COLUMNS].sort()).toEqual([...AmbassadorStatuses].sort());
    expect(AMBASSADOR_STATUSES).toEqual(AmbassadorStatuses);
    expect(AMBASSADOR_ROLES).toEqual(AmbassadorRoles);
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
