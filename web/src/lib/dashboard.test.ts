import { Phases } from '@ambassador/shared/constants';
import { describe, expect, it } from 'vitest';
import { DashboardTiles, TILE_ORDER, actionLink, funnel, openActions, tileOrder } from './dashboard.ts';

describe('dashboard tile order', () => {
  it('has every tile exactly once in every phase', () => {
    for (const phase of Phases) {
      expect([...TILE_ORDER[phase]].sort()).toEqual([...DashboardTiles].sort());
    }
  });

  it('puts what the phase is about first', () => {
    expect(tileOrder('selection').slice(0, 3)).toEqual(['coverage', 'ambassadors', 'feedback']);
    expect(tileOrder('build').slice(0, 2)).toEqual(['feedback', 'content']);
    expect(tileOrder('pilot')[0]).toBe('training');
    expect(tileOrder('go_live').slice(0, 2)).toEqual(['training', 'coverage']);
    expect(tileOrder('after_go_live').slice(0, 3)).toEqual(['activity', 'inactive', 'content']);
  });

  it('keeps the order of selection for a phase it does not know', () => {
    expect(tileOrder('later')).toEqual(TILE_ORDER.selection);
  });
});

describe('dashboard actions', () => {
  it('leaves out actions with nothing to do and puts the largest first', () => {
    expect(
      openActions([
        { kind: 'content_overdue', count: 2 },
        { kind: 'findings_new', count: 0 },
        { kind: 'attendance_due', count: 5 },
      ]).map((action) => action.kind),
    ).toEqual(['attendance_due', 'content_overdue']);
  });

  it('links each action to the screen that fixes it', () => {
    expect(actionLink({ kind: 'content_overdue', count: 1 })).toEqual({
      path: '/feedback/content',
      query: { overdue: '1' },
    });
    expect(actionLink({ kind: 'inactive_ambassadors', count: 1 })).toEqual({ path: '/ambassadors' });
    expect(actionLink({ kind: 'findings_new', count: 1 })).toEqual({ path: '/feedback/findings' });
  });
});

describe('ambassador funnel', () => {
  it('follows the given order, missing statuses as 0 and unknown ones last', () => {
    expect(funnel({ active: 3, candidate: 5, retired: 1 }, ['candidate', 'invited', 'active'])).toEqual([
      { status: 'candidate', count: 5 },
      { status: 'invited', count: 0 },
      { status: 'active', count: 3 },
      { status: 'retired', count: 1 },
    ]);
  });
});
