import type { EmployeeList } from '@ambassador/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../api/ambassadors.ts';
import * as coverageApi from '../api/coverage.ts';
import * as employeesApi from '../api/employees.ts';
import { ApiError } from '../api/http.ts';
import {
  ambassador,
  ambassadorDetail,
  coverage,
  coverageCells,
  coverageGap,
  departmentIds,
  employee,
  layerIds,
} from '../test/fixtures.ts';
import { useCoverageStore } from './coverage.ts';
import { useCoverageCellStore } from './coverageCell.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/ambassadors.ts');
vi.mock('../api/coverage.ts');
vi.mock('../api/employees.ts');
const ambassadors = vi.mocked(ambassadorsApi);
const coverageMock = vi.mocked(coverageApi);
const employees = vi.mocked(employeesApi);

const lindeTeamleiding = coverageCells.find((cell) => cell.departmentId === departmentIds.linde)!;
const beukZorg = coverageCells.find((cell) => cell.departmentId === departmentIds.beuk)!;
const place = {
  departmentId: departmentIds.linde,
  departmentName: 'De Linde',
  departmentPath: 'Wonen en Zorg / De Linde',
  layerId: layerIds.teamleiding,
  layerName: 'Teamleiding',
};

const page = (items = [employee()], total = items.length): EmployeeList => ({ items, total, nextCursor: null });
const person = (n: number, departmentId: string) =>
  employee({
    id: `6f1c2d3e-0000-4000-8000-0000000009${String(n).padStart(2, '0')}`,
    name: `Medewerker ${n}`,
    departmentId,
  });

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
  employees.listEmployees.mockResolvedValue(page([]));
  ambassadors.listAmbassadors.mockResolvedValue({ items: [], total: 0, nextCursor: null });
  coverageMock.getCoverageGaps.mockResolvedValue({ items: [coverageGap()], total: 1 });
  coverageMock.getCoverage.mockResolvedValue(coverage());
  coverageMock.getCoverageHistory.mockResolvedValue({ items: [] });
});

describe('coverage cell store', () => {
  it('asks for the people of the department itself, not of its sub-departments', async () => {
    employees.listEmployees.mockResolvedValue(page([person(1, departmentIds.linde), person(3, departmentIds.linde)]));
    const own = ambassador(
      {
        status: 'active',
        employee: {
          ...ambassador({}, 2).employee,
          department: { id: departmentIds.linde, name: 'De Linde', path: 'Wonen en Zorg / De Linde' },
        },
      },
      2,
    );
    ambassadors.listAmbassadors.mockResolvedValue({ items: [own], total: 1, nextCursor: null });
    const store = useCoverageCellStore();

    await store.open(lindeTeamleiding, place);

    const cell = {
      departmentId: departmentIds.linde,
      includeSubdepartments: false,
      layerId: layerIds.teamleiding,
      status: 'active',
      limit: 200,
      offset: 0,
    };
    expect(employees.listEmployees).toHaveBeenCalledWith(
      { ...cell, sort: 'name', order: 'asc' },
      expect.any(AbortSignal),
    );
    expect(ambassadors.listAmbassadors).toHaveBeenCalledWith(cell, expect.any(AbortSignal));
    expect(store.employees.map((item) => item.name)).toEqual(['Medewerker 1', 'Medewerker 3']);
    expect(store.ambassadors.map((item) => item.employee.name)).toEqual(['Bram Jansen 2']);
  });

  it('reads every page of a large cell and shows the people ten at a time', async () => {
    const first = Array.from({ length: 200 }, (_, index) => person(index, departmentIds.beuk));
    employees.listEmployees
      .mockResolvedValueOnce(page(first, 203))
      .mockResolvedValueOnce(
        page([person(600, departmentIds.beuk), person(601, departmentIds.beuk), person(602, departmentIds.beuk)], 203),
      );
    const store = useCoverageCellStore();

    await store.open(beukZorg, { ...place, departmentId: departmentIds.beuk, layerId: layerIds.zorg });

    expect(employees.listEmployees).toHaveBeenCalledTimes(2);
    expect(employees.listEmployees.mock.calls[0]![0]).toMatchObject({ limit: 200, offset: 0 });
    expect(employees.listEmployees.mock.calls[1]![0]).toMatchObject({ limit: 200, offset: 200 });
    expect(employees.listEmployees.mock.calls[1]![1]).toBeInstanceOf(AbortSignal);
    expect(store.employees).toHaveLength(203);
    expect(store.pageOfEmployees).toHaveLength(10);
    store.setPage(20);
    expect(store.pageOfEmployees.map((item) => item.name)).toEqual([
      'Medewerker 600',
      'Medewerker 601',
      'Medewerker 602',
    ]);
  });

  it('asks the gaps for exactly this cell and takes its suggestions', async () => {
    const store = useCoverageCellStore();

    await store.open(beukZorg, { ...place, departmentId: departmentIds.beuk, layerId: layerIds.zorg });

    expect(coverageMock.getCoverageGaps).toHaveBeenCalledWith(
      { departmentId: departmentIds.beuk, includeSubdepartments: false, layerId: layerIds.zorg, limit: 1 },
      expect.any(AbortSignal),
    );
    expect(store.suggestions.map((item) => item.name)).toEqual(['Fatima el Amrani', 'Joost de Wit']);
  });

  it('has no suggestions for a cell that is not a gap', async () => {
    coverageMock.getCoverageGaps.mockResolvedValue({ items: [], total: 0 });
    const store = useCoverageCellStore();

    await store.open(beukZorg, { ...place, departmentId: departmentIds.beuk, layerId: layerIds.zorg });

    expect(store.suggestions).toEqual([]);
  });

  it('adds a suggestion as a recruited candidate, then refreshes the matrix and the panel', async () => {
    ambassadors.createAmbassador.mockResolvedValue(ambassadorDetail());
    const matrix = useCoverageStore();
    const store = useCoverageCellStore();
    await store.open(beukZorg, { ...place, departmentId: departmentIds.beuk, layerId: layerIds.zorg });
    coverageMock.getCoverageGaps.mockResolvedValue({
      items: [coverageGap({ suggestions: coverageGap().suggestions.slice(1) })],
      total: 1,
    });

    await store.addCandidate(coverageGap().suggestions[0]!);

    expect(ambassadors.createAmbassador).toHaveBeenCalledWith({
      employeeId: coverageGap().suggestions[0]!.employeeId,
      source: 'recruited',
    });
    expect(store.added).toEqual([coverageGap().suggestions[0]!.employeeId]);
    expect(coverageMock.getCoverage).toHaveBeenCalled();
    expect(matrix.loaded).toBe(true);
    expect(store.suggestions.map((item) => item.name)).toEqual(['Joost de Wit']);
  });

  it('says why a candidate could not be added and keeps the suggestion', async () => {
    ambassadors.createAmbassador.mockRejectedValue(new ApiError({ status: 409, code: 'already_ambassador' }));
    const store = useCoverageCellStore();
    await store.open(beukZorg, { ...place, departmentId: departmentIds.beuk, layerId: layerIds.zorg });

    await expect(store.addCandidate(coverageGap().suggestions[0]!)).rejects.toMatchObject({
      code: 'already_ambassador',
    });

    expect(store.added).toEqual([]);
    expect(store.adding).toBeNull();
    expect(store.suggestions).toHaveLength(2);
  });
});
