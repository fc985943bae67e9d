import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import * as authApi from '../api/auth.ts';
import { ApiError } from '../api/http.ts';
import { meFor } from '../test/fixtures.ts';
import { createAppRouter, safeRedirect } from './index.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/auth.ts');
const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

function loggedInAs(role: 'admin' | 'ambassador' | 'hr') {
  api.refreshAccessToken.mockResolvedValue('token');
  api.getMe.mockResolvedValue(meFor(role));
}

function anonymous() {
  api.refreshAccessToken.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_refresh_token' }));
}

async function landOn(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('router', () => {
  it('sends an anonymous visitor to the login page and remembers where they were going', async () => {
    anonymous();
    const route = await landOn('/settings/users?q=an');
    expect(route.name).toBe('login');
    expect(route.query.redirect).toBe('/settings/users?q=an');
  });

  it('waits for the session from the refresh cookie before deciding', async () => {
    loggedInAs('admin');
    const route = await landOn('/settings/users');
    expect(route.name).toBe('settings-users');
  });

  it('lets anyone open an invitation link', async () => {
    anonymous();
    expect((await landOn('/invite/abcdefghijklmnop')).name).toBe('accept-invite');
    expect((await landOn('/accept-invite?token=abcdefghijklmnop')).name).toBe('accept-invite-query');
  });

  it('lets anyone ask for a password reset and open the mailed link', async () => {
    anonymous();
    expect((await landOn('/forgot-password')).name).toBe('forgot-password');
    expect((await landOn('/reset-password?token=abcdefghijklmnop')).name).toBe('reset-password');
  });

  it('gives every role a profile and notifications, and keeps the sent messages with the admins', async () => {
    const homes = { admin: 'dashboard', ambassador: 'my-overview', hr: 'dashboard' } as const;
    for (const role of ['admin', 'ambassador', 'hr'] as const) {
      useTestPinia();
      loggedInAs(role);
      expect((await landOn('/profile')).name).toBe('profile');
      expect((await landOn('/notifications')).name).toBe('notifications');
      expect((await landOn('/settings/outbox')).name).toBe(role === 'admin' ? 'settings-outbox' : homes[role]);
    }
  });

  it('sends each role to its own home from the root', async () => {
    loggedInAs('ambassador');
    expect((await landOn('/')).name).toBe('my-overview');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/')).name).toBe('dashboard');
    useTestPinia();
    loggedInAs('admin');
    expect((await landOn('/')).name).toBe('dashboard');
  });

  it('sends a user away from a section of another role to their own home', async () => {
    loggedInAs('hr');
    expect((await landOn('/settings')).name).toBe('dashboard');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/coverage')).name).toBe('my-overview');
  });

  it('opens the departments tab of the organisation section by default', async () => {
    loggedInAs('admin');
    expect((await landOn('/organisation')).name).toBe('organisation-departments');
  });

  it('lets HR read the organisation structure but not import employees', async () => {
    loggedInAs('hr');
    expect((await landOn('/organisation/employees')).name).toBe('organisation-employees');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/organisation/import')).name).toBe('dashboard');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/organisation/layers')).name).toBe('my-overview');
  });

  it('keeps the ambassador board with the admins and lets HR and admins open the coverage report', async () => {
    loggedInAs('admin');
    expect((await landOn('/ambassadors/6f1c2d3e-0000-4000-8000-000000000401')).name).toBe('ambassador-detail');
    useTestPinia();
    loggedInAs('admin');
    expect((await landOn('/reports/coverage')).name).toBe('reports-coverage');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/ambassadors')).name).toBe('dashboard');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/reports/coverage?departmentId=x')).name).toBe('reports-coverage');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/reports')).name).toBe('my-overview');
  });

  it('opens the training calendar for admins and ambassadors, training coverage for HR', async () => {
    loggedInAs('admin');
    expect((await landOn('/training')).name).toBe('training-calendar');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/training')).name).toBe('training-calendar');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/training')).name).toBe('training-coverage');
  });

  it('keeps each training tab with its roles', async () => {
    loggedInAs('admin');
    expect((await landOn('/training/planner')).name).toBe('training-planner');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/training/planner')).name).toBe('my-overview');
    useTestPinia();
    loggedInAs('ambassador');
    expect((await landOn('/training/cascade')).name).toBe('my-overview');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/training/cascade')).name).toBe('training-cascade');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn('/training/calendar')).name).toBe('dashboard');
  });

  it('opens a session and its attendance list for admins and ambassadors, not for HR', async () => {
    const session = '/training/sessions/6f1c2d3e-0000-4000-8000-000000000601';
    loggedInAs('ambassador');
    expect((await landOn(`${session}/attendance`)).name).toBe('training-attendance');
    useTestPinia();
    loggedInAs('admin');
    expect((await landOn(session)).name).toBe('training-session');
    useTestPinia();
    loggedInAs('hr');
    expect((await landOn(session)).name).toBe('dashboard');
  });

  it('sends a logged-in user who opens the login page home', async () => {
    loggedInAs('admin');
    expect((await landOn('/login')).name).toBe('dashboard');
  });

  it('shows the not-found page for unknown addresses', async () => {
    anonymous();
    expect((await landOn('/does/not/exist')).name).toBe('not-found');
  });
});

describe('safeRedirect', () => {
  it('accepts paths on this site only', () => {
    expect(safeRedirect('/settings/users?q=a')).toBe('/settings/users?q=a');
    expect(safeRedirect('//evil.example/x')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect('/login?redirect=/x')).toBeNull();
    expect(safeRedirect(['/a'])).toBeNull();
  });
});
