import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as dashboardApi from '../api/dashboard.ts';
import * as organisationApi from '../api/organisation.ts';
import { organisation } from '../test/fixtures.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useAuthStore } from './auth.ts';
import { useDashboardStore } from './dashboard.ts';
import { useMyHomeStore } from './myHome.ts';

vi.mock('../api/dashboard.ts');
vi.mock('../api/organisation.ts');
const api = vi.mocked(dashboardApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

const answer = { phase: 'selection' } as unknown as Awaited<ReturnType<typeof dashboardApi.getDashboard>>;

describe('dashboard store', () => {
  it('loads the dashboard and forgets it on reset', async () => {
    api.getDashboard.mockResolvedValue(answer);
    const store = useDashboardStore();

    await store.load();
    expect(store.dashboard).toEqual(answer);
    store.reset();
    expect(store.dashboard).toBeNull();
  });

  it('changes the phase through the organisation, then reloads', async () => {
    api.getDashboard.mockResolvedValue(answer);
    vi.mocked(organisationApi).updateOrganisation.mockResolvedValue({ ...organisation, phase: 'pilot' });
    const store = useDashboardStore();
    await store.load();

    await store.changePhase('pilot');

    expect(organisationApi.updateOrganisation).toHaveBeenCalledWith({ phase: 'pilot' });
    expect(useAuthStore().organisation?.phase).toBe('pilot');
    expect(api.getDashboard).toHaveBeenCalledTimes(2);
    expect(store.changingPhase).toBe(false);
  });
});

describe('my home store', () => {
  it('loads her home', async () => {
    const home = { nudge: true } as unknown as Awaited<ReturnType<typeof dashboardApi.getMyHome>>;
    api.getMyHome.mockResolvedValue(home);
    const store = useMyHomeStore();

    await store.load();

    expect(store.home).toEqual(home);
    expect(store.error).toBeNull();
  });
});
