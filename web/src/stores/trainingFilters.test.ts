import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { ApiError } from '../api/http.ts';
import * as usersApi from '../api/users.ts';
import { ambassador, ambassadorSummary, userItem } from '../test/fixtures.ts';
import { useTrainingFiltersStore } from './trainingFilters.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/ambassadors.ts');
vi.mock('../api/users.ts');
const ambassadors = vi.mocked(ambassadorsApi);
const users = vi.mocked(usersApi);

const trainer = (n: number, name: string) =>
  ambassadorSummary({ roles: ['trainer'], status: 'active', employee: { ...ambassador({}, n).employee, name } }, n);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('training filters store', () => {
  it('reads every page of active trainers, sorted by name, and only once', async () => {
    const many = Array.from({ length: 200 }, (_, index) => trainer(index + 10, `Trainer ${index}`));
    ambassadors.listAmbassadors
      .mockResolvedValueOnce({ items: many, total: 201, nextCursor: null })
      .mockResolvedValueOnce({ items: [trainer(1, 'Anouk Bos')], total: 201, nextCursor: null });
    const store = useTrainingFiltersStore();

    await store.loadTrainers();
    await store.loadTrainers();

    expect(ambassadors.listAmbassadors.mock.calls.map(([query]) => query)).toEqual([
      { role: 'trainer', status: 'active', limit: 200, offset: 0 },
      { role: 'trainer', status: 'active', limit: 200, offset: 200 },
    ]);
    expect(store.trainers).toHaveLength(201);
    expect(store.trainers[0]!.employee.name).toBe('Anouk Bos');
  });

  it('reads every page of the admins who can give sessions', async () => {
    const admins = Array.from({ length: 200 }, (_, index) =>
      userItem({ id: `admin-${index}`, name: `Beheer ${index}` }),
    );
    users.listUsers.mockResolvedValueOnce({ items: admins, total: 202, nextCursor: null }).mockResolvedValueOnce({
      items: [userItem({ id: 'admin-a', name: 'Anouk Bos' }), userItem({ id: 'admin-z', name: 'Zoë Smit' })],
      total: 202,
      nextCursor: null,
    });
    const store = useTrainingFiltersStore();

    await store.loadTrainerUsers();

    expect(users.listUsers.mock.calls.map(([query]) => query)).toEqual([
      { role: 'admin', status: 'active', limit: 200, offset: 0 },
      { role: 'admin', status: 'active', limit: 200, offset: 200 },
    ]);
    expect(store.trainerUsers).toHaveLength(202);
    expect(store.trainerUsers[0]!.name).toBe('Anouk Bos');
    expect(store.trainerUsers.at(-1)!.name).toBe('Zoë Smit');
  });

  it('keeps the error of a page that fails and tries again next time', async () => {
    ambassadors.listAmbassadors
      .mockResolvedValueOnce({ items: [trainer(1, 'Anouk Bos')], total: 2, nextCursor: null })
      .mockRejectedValueOnce(new ApiError({ status: 503, code: 'database_unavailable' }))
      .mockResolvedValueOnce({ items: [trainer(1, 'Anouk Bos')], total: 1, nextCursor: null });
    const store = useTrainingFiltersStore();

    await store.loadTrainers();
    expect(store.trainersError?.code).toBe('database_unavailable');
    expect(store.trainers).toEqual([]);

    await store.loadTrainers();
    expect(store.trainersError).toBeNull();
    expect(store.trainers).toHaveLength(1);
  });
});
