import { describe, expect, it } from 'vitest';
import { changeLines } from './audit.ts';

describe('changeLines', () => {
  it('shows each field with its values before and after as text, and hidden ones without values', () => {
    expect(
      changeLines({
        name: { before: 'Noord', after: 'Zuid' },
        capacity: { after: 12 },
        roles: { before: ['trainer'], after: null },
        password_hash: { hidden: true },
      }),
    ).toEqual([
      { field: 'name', hidden: false, before: 'Noord', after: 'Zuid', hasBefore: true, hasAfter: true },
      { field: 'capacity', hidden: false, before: null, after: '12', hasBefore: false, hasAfter: true },
      { field: 'roles', hidden: false, before: '["trainer"]', after: null, hasBefore: true, hasAfter: true },
      { field: 'password_hash', hidden: true, before: null, after: null, hasBefore: false, hasAfter: false },
    ]);
  });

  it('shortens a long value and gives nothing for no changes', () => {
    const [line] = changeLines({ note: { after: 'x'.repeat(300) } });
    expect(line!.after).toHaveLength(120);
    expect(line!.after!.endsWith('…')).toBe(true);
    expect(changeLines(null)).toEqual([]);
  });
});
