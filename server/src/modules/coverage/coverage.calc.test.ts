import { describe, expect, it } from 'vitest';
import type { CoverageCell } from '@ambassador/shared';
import { cellStatus, cellTarget, toCell, totalsOf } from './coverage.calc.ts';

const DEFAULT = { perEmployees: 100, minPerCell: 1 };
const cell = (employees: number, ambassadors: number, target: number, status: CoverageCell['status']) => ({
  departmentId: 'd',
  layerId: 'l',
  employees,
  ambassadors,
  target,
  status,
});

describe('cellTarget', () => {
  it('asks nothing of a cell without employees, whatever the minimum', () => {
    expect(cellTarget(0, DEFAULT)).toBe(0);
    expect(cellTarget(0, { perEmployees: 10, minPerCell: 5 })).toBe(0);
  });

  it('asks at least the minimum of a small cell', () => {
    expect(cellTarget(1, DEFAULT)).toBe(1);
    expect(cellTarget(99, DEFAULT)).toBe(1);
    expect(cellTarget(3, { perEmployees: 10, minPerCell: 2 })).toBe(2);
  });

  it('asks one per perEmployees, rounding up, once that is above the minimum', () => {
    expect(cellTarget(100, DEFAULT)).toBe(1);
    expect(cellTarget(101, DEFAULT)).toBe(2);
    expect(cellTarget(200, DEFAULT)).toBe(2);
    expect(cellTarget(201, DEFAULT)).toBe(3);
    expect(cellTarget(60, { perEmployees: 10, minPerCell: 2 })).toBe(6);
    expect(cellTarget(61, { perEmployees: 10, minPerCell: 2 })).toBe(7);
  });

  it('still asks one per perEmployees when the minimum is 0', () => {
    expect(cellTarget(1, { perEmployees: 100, minPerCell: 0 })).toBe(1);
    expect(cellTarget(150, { perEmployees: 100, minPerCell: 0 })).toBe(2);
    expect(cellTarget(0, { perEmployees: 100, minPerCell: 0 })).toBe(0);
  });
});

describe('cellStatus', () => {
  it('calls a cell without employees empty, also when it has an ambassador', () => {
    expect(cellStatus(0, 0, 0)).toBe('empty');
    expect(cellStatus(0, 1, 0)).toBe('empty');
  });

  it('calls a cell exactly at or above its target covered', () => {
    expect(cellStatus(5, 1, 1)).toBe('covered');
    expect(cellStatus(60, 6, 6)).toBe('covered');
    expect(cellStatus(60, 7, 6)).toBe('covered');
  });

  it('calls a cell below target under when it has some ambassadors, uncovered when none', () => {
    expect(cellStatus(60, 5, 6)).toBe('under');
    expect(cellStatus(60, 0, 6)).toBe('uncovered');
    expect(cellStatus(1, 0, 1)).toBe('uncovered');
  });
});

describe('toCell', () => {
  it('adds target and status to the counts', () => {
    const counts = { departmentId: 'd', layerId: 'l', employees: 25, ambassadors: 2 };
    expect(toCell(counts, { perEmployees: 10, minPerCell: 2 })).toEqual({ ...counts, target: 3, status: 'under' });
    expect(toCell({ ...counts, ambassadors: 3 }, { perEmployees: 10, minPerCell: 2 }).status).toBe('covered');
    expect(toCell({ ...counts, employees: 0, ambassadors: 0 }, DEFAULT)).toEqual({
      ...counts,
      employees: 0,
      ambassadors: 0,
      target: 0,
      status: 'empty',
    });
  });
});

describe('totalsOf', () => {
  it('answers zeros, not NaN, for no cells', () => {
    expect(totalsOf([])).toEqual({
      employees: 0,
      activeAmbassadors: 0,
      target: 0,
      cells: 0,
      coveredCells: 0,
      coveragePct: 0,
      employeesInCoveredCellsPct: 0,
    });
  });

  it('leaves cells without employees out of every count', () => {
    expect(totalsOf([cell(0, 0, 0, 'empty'), cell(0, 1, 0, 'empty')])).toMatchObject({ cells: 0, coveragePct: 0 });
    expect(totalsOf([cell(10, 1, 1, 'covered'), cell(0, 0, 0, 'empty')])).toMatchObject({
      cells: 1,
      coveredCells: 1,
      coveragePct: 100,
    });
  });

  it('sums the cells and counts the covered ones and their employees', () => {
    const totals = totalsOf([cell(60, 2, 1, 'covered'), cell(30, 0, 1, 'uncovered'), cell(10, 1, 2, 'under')]);
    expect(totals).toEqual({
      employees: 100,
      activeAmbassadors: 3,
      target: 4,
      cells: 3,
      coveredCells: 1,
      coveragePct: 33.3,
      employeesInCoveredCellsPct: 60,
    });
  });

  it('rounds percentages to one decimal, half up', () => {
    const covered = (n: number) => Array.from({ length: n }, () => cell(1, 1, 1, 'covered'));
    const uncovered = (n: number) => Array.from({ length: n }, () => cell(1, 0, 1, 'uncovered'));
    expect(totalsOf([...covered(2), ...uncovered(1)]).coveragePct).toBe(66.7);
    expect(totalsOf([...covered(1), ...uncovered(15)]).coveragePct).toBe(6.3);
    expect(totalsOf([...covered(3), ...uncovered(13)]).coveragePct).toBe(18.8);
    expect(totalsOf([...covered(1), ...uncovered(5)]).coveragePct).toBe(16.7);
    expect(totalsOf([cell(1, 1, 1, 'covered'), cell(528, 0, 6, 'uncovered')]).employeesInCoveredCellsPct).toBe(0.2);
  });
});
