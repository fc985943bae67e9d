import type { AmbassadorDetail, AmbassadorList } from '@ambassador/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { ApiError } from '../api/http.ts';
import { ambassador, ambassadorDetail, departmentIds, layerIds } from '../test/fixtures.ts';
import { useAmbassadorsStore } from './ambassadors.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/ambassadors.ts');
const api = vi.mocked(ambassadorsApi);

function list(items = [ambassador()], total = items.length): AmbassadorList {
  return { items, total, nextCursor: null };
}

const names = (items: { employee: { name: string } }[]) => items.map((item) => item.employee.name);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('ambassadors store', () => {
  it('groups the board by status, in board order, names A–Z within a column', async () => {
    api.listAmbassadors.mockResolvedValue(
      list([
        ambassador({ status: 'active', employee: { ...ambassador().employee, name: 'Zoë Smit' } }, 1),
        ambassador({ status: 'candidate' }, 2),
        ambassador({ status: 'active', employee: { ...ambassador().employee, name: 'Anouk Bos' } }, 3),
        ambassador({ status: 'declined' }, 4),
      ]),
    );
    const store = useAmbassadorsStore();

    await store.load();

    expect(Object.keys(store.columns)).toEqual([
      'candidate',
      'invited',
      'onboarding',
      'active',
      'paused',
      'alumni',
      'declined',
    ]);
    expect(names(store.columns.active)).toEqual(['Anouk Bos', 'Zoë Smit']);
    expect(names(store.columns.candidate)).toEqual(['Bram Jansen 2']);
    expect(store.columns.declined).toHaveLength(1);
    expect(store.columns.invited).toEqual([]);
  });

  it('sends the filters as query parameters and leaves out empty ones', async () => {
    api.listAmbassadors.mockResolvedValue(list());
    const store = useAmbassadorsStore();

    await store.setFilters({
      q: '  jansen ',
      departmentId: departmentIds.linde,
      layerId: layerIds.zorg,
      role: 'trainer',
    });

    expect(api.listAmbassadors).toHaveBeenCalledWith(
      {
        q: 'jansen',
        departmentId: departmentIds.linde,
        layerId: layerIds.zorg,
        role: 'trainer',
        limit: 200,
        offset: 0,
      },
      expect.any(AbortSignal),
    );
    expect(store.filtered).toBe(true);
    await store.clearFilters();
    expect(api.listAmbassadors.mock.calls[1]![0]).toEqual({ limit: 200, offset: 0 });
  });

  it('loads every page of a large programme', async () => {
    const page = (from: number) => Array.from({ length: 200 }, (_, index) => ambassador({}, from + index));
    api.listAmbassadors
      .mockResolvedValueOnce(list(page(0), 402))
      .mockResolvedValueOnce(list(page(200), 402))
      .mockResolvedValueOnce(list([ambassador({}, 600), ambassador({}, 601)], 402));
    const store = useAmbassadorsStore();

    await store.load();

    expect(store.items).toHaveLength(402);
    expect(store.total).toBe(402);
    expect(api.listAmbassadors.mock.calls.map(([query]) => query)).toEqual([
      { limit: 200, offset: 0 },
      { limit: 200, offset: 200 },
      { limit: 200, offset: 400 },
    ]);
    for (const [, signal] of api.listAmbassadors.mock.calls) expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('moves a card at once and keeps the answer of the server', async () => {
    api.listAmbassadors.mockResolvedValue(list([ambassador({ status: 'candidate' })]));
    const store = useAmbassadorsStore();
    await store.load();
    let answer: (detail: AmbassadorDetail) => void = () => undefined;
    api.updateAmbassador.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const id = ambassador().id;

    const pending = store.move(id, 'onboarding');

    expect(store.columns.onboarding.map((item) => item.id)).toEqual([id]);
    expect(store.columns.candidate).toEqual([]);
    expect(store.columns.onboarding[0]!.allowedTransitions).toEqual(['active', 'alumni']);
    expect(store.isPending(id)).toBe(true);
    answer(ambassadorDetail({ status: 'onboarding', roles: ['trainer'] }));
    await pending;

    expect(api.updateAmbassador).toHaveBeenCalledWith(id, { status: 'onboarding' });
    expect(store.columns.onboarding[0]!.roles).toEqual(['trainer']);
    expect(store.columns.onboarding[0]).not.toHaveProperty('history');
    expect(store.isPending(id)).toBe(false);
  });

  it('snaps a refused move back and hands on the statuses that are allowed', async () => {
    api.listAmbassadors.mockResolvedValue(list([ambassador({ status: 'candidate' })]));
    const store = useAmbassadorsStore();
    await store.load();
    api.updateAmbassador.mockRejectedValue(
      new ApiError({ status: 409, code: 'illegal_transition', allowed: ['onboarding', 'declined'] }),
    );
    let fresh: (detail: AmbassadorDetail) => void = () => undefined;
    api.getAmbassador.mockImplementation(() => new Promise((resolve) => (fresh = resolve)));
    const id = ambassador().id;

    const error = await store.move(id, 'invited').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'illegal_transition', allowed: ['onboarding', 'declined'] });
    expect(store.columns.candidate.map((item) => item.id)).toEqual([id]);
    expect(store.columns.invited).toEqual([]);
    // Someone else had moved the card meanwhile: the board fetches what it is now.
    expect(api.getAmbassador).toHaveBeenCalledWith(id);
    fresh(ambassadorDetail({ status: 'invited' }));
    await vi.waitFor(() => expect(store.columns.invited.map((item) => item.id)).toEqual([id]));
  });

  it('puts the card back in its column when the server cannot be reached', async () => {
    api.listAmbassadors.mockResolvedValue(list([ambassador({ status: 'onboarding' })]));
    const store = useAmbassadorsStore();
    await store.load();
    api.updateAmbassador.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));

    await expect(store.move(ambassador().id, 'active')).rejects.toMatchObject({ code: 'network_error' });

    expect(store.columns.onboarding).toHaveLength(1);
    expect(store.columns.active).toEqual([]);
    expect(store.columns.onboarding[0]!.allowedTransitions).toEqual(['active', 'alumni']);
    expect(api.getAmbassador).not.toHaveBeenCalled();
  });

  it('creates a candidate and reloads the board', async () => {
    api.listAmbassadors.mockResolvedValueOnce(list([])).mockResolvedValueOnce(list([ambassador()]));
    api.createAmbassador.mockResolvedValue(ambassadorDetail());
    const store = useAmbassadorsStore();
    await store.load();

    const created = await store.create({
      employeeId: ambassador().employeeId,
      source: 'nominated',
      roles: ['trainer'],
    });

    expect(api.createAmbassador).toHaveBeenCalledWith({
      employeeId: ambassador().employeeId,
      source: 'nominated',
      roles: ['trainer'],
    });
    expect(created.id).toBe(ambassador().id);
    expect(store.columns.candidate).toHaveLength(1);
  });

  it('keeps the error when the board cannot be loaded', async () => {
    api.listAmbassadors.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const store = useAmbassadorsStore();

    await store.load();

    expect(store.error?.code).toBe('network_error');
    expect(store.loaded).toBe(false);
  });
});
