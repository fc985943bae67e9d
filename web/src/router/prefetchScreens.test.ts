import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { prefetchScreensWhenIdle } from './prefetchScreens.ts';

const Page = { template: '<p />' };

function setUp() {
  const loaders = {
    home: vi.fn(async () => Page),
    people: vi.fn(async () => Page),
    calendar: vi.fn(async () => Page),
    login: vi.fn(async () => Page),
  };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: loaders.login, meta: { guestOnly: true } },
      { path: '/', name: 'home', component: loaders.home },
      { path: '/people', name: 'people', component: loaders.people },
      { path: '/calendar', name: 'calendar', component: loaders.calendar, meta: { prefetch: false } },
    ],
  });
  const idle: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  prefetchScreensWhenIdle(router);
  return { router, loaders, idle };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prefetchScreensWhenIdle', () => {
  it('waits for the first screen behind the login, then loads the other screens when the browser is idle', async () => {
    const { router, loaders, idle } = setUp();

    await router.push('/login');
    expect(idle).toHaveLength(0);

    await router.push('/');
    expect(loaders.people).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);

    idle[0]!();
    expect(loaders.people).toHaveBeenCalledTimes(1);
    expect(loaders.login).toHaveBeenCalledTimes(1);
    expect(loaders.calendar).not.toHaveBeenCalled();
  });

  it('does it once, however many screens follow', async () => {
    const { router, idle } = setUp();

    await router.push('/');
    await router.push('/people');

    expect(idle).toHaveLength(1);
  });

  it('fetches nothing ahead with Save-Data on', async () => {
    vi.stubGlobal('navigator', { ...navigator, connection: { saveData: true } });
    const { router, idle } = setUp();

    await router.push('/');

    expect(idle).toHaveLength(0);
  });
});
