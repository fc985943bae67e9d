import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../api/auth.ts';
import { ApiError } from '../api/http.ts';
import { meFor, organisation } from '../test/fixtures.ts';
import { useAuthStore } from './auth.ts';
import { useTestPinia } from '../test/pinia.ts';

vi.mock('../api/auth.ts');

const api = vi.mocked(authApi);

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('auth store', () => {
  it('restores the session from the refresh cookie when the app starts', async () => {
    api.refreshAccessToken.mockResolvedValue('token-1');
    api.getMe.mockResolvedValue(meFor('hr'));
    const auth = useAuthStore();

    await auth.bootstrap();

    expect(auth.isAuthenticated).toBe(true);
    expect(auth.accessToken).toBe('token-1');
    expect(auth.role).toBe('hr');
    expect(auth.organisation?.timezone).toBe('Europe/Amsterdam');
  });

  it('stays anonymous when there is no valid refresh cookie', async () => {
    api.refreshAccessToken.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_refresh_token' }));
    const auth = useAuthStore();

    await auth.bootstrap();

    expect(auth.isAuthenticated).toBe(false);
    expect(api.getMe).not.toHaveBeenCalled();
  });

  it('does not ask for a refresh on a device that holds no session', async () => {
    api.sessionSurelyAbsent.mockReturnValue(true);
    const auth = useAuthStore();

    await auth.bootstrap();

    expect(api.refreshAccessToken).not.toHaveBeenCalled();
    expect(auth.isAuthenticated).toBe(false);
  });

  it('marks the device at login and unmarks it at logout', async () => {
    api.login.mockResolvedValue({
      accessToken: 'token-2',
      user: meFor('admin').user,
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    });
    api.getMe.mockResolvedValue(meFor('admin'));
    const auth = useAuthStore();

    await auth.login('admin@horizon.nl', 'correct horse battery');
    expect(api.markSession).toHaveBeenLastCalledWith(true);

    await auth.logout();
    expect(api.markSession).toHaveBeenLastCalledWith(false);
  });

  it('unmarks the device when the refresh cookie is refused, and keeps the mark when the network is down', async () => {
    api.refreshAccessToken.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    await useAuthStore().bootstrap();
    expect(api.markSession).not.toHaveBeenCalledWith(false);

    useTestPinia();
    api.refreshAccessToken.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_refresh_token' }));
    await useAuthStore().bootstrap();
    expect(api.markSession).toHaveBeenCalledWith(false);
  });

  it('restores the session only once however often it is asked', async () => {
    api.refreshAccessToken.mockResolvedValue('token-1');
    api.getMe.mockResolvedValue(meFor('admin'));
    const auth = useAuthStore();

    await Promise.all([auth.bootstrap(), auth.bootstrap()]);
    await auth.bootstrap();

    expect(api.refreshAccessToken).toHaveBeenCalledTimes(1);
  });

  it('logs in and takes the full organisation from /me', async () => {
    api.login.mockResolvedValue({
      accessToken: 'token-2',
      user: meFor('admin').user,
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    });
    api.getMe.mockResolvedValue(meFor('admin'));
    const auth = useAuthStore();

    await auth.login('admin@horizon.nl', 'correct horse battery');

    expect(api.login).toHaveBeenCalledWith({ email: 'admin@horizon.nl', password: 'correct horse battery' });
    expect(auth.accessToken).toBe('token-2');
    expect(auth.organisation?.phase).toBe('build');
  });

  it('passes a refused login on and stays logged out', async () => {
    api.login.mockRejectedValue(new ApiError({ status: 401, code: 'invalid_credentials' }));
    const auth = useAuthStore();

    await expect(auth.login('admin@horizon.nl', 'wrong')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(auth.isAuthenticated).toBe(false);
  });

  it('keeps no half session when /me fails right after signing up', async () => {
    api.signup.mockResolvedValue({
      accessToken: 'token-3',
      user: meFor('admin').user,
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    });
    api.getMe.mockRejectedValue(new ApiError({ status: 503, code: 'database_unavailable' }));
    const auth = useAuthStore();

    await expect(
      auth.signup({ organisationName: 'Horizon', name: 'Anna', email: 'a@horizon.nl', password: 'x'.repeat(12) }),
    ).rejects.toMatchObject({ code: 'database_unavailable' });
    expect(auth.accessToken).toBeNull();
    expect(auth.user).toBeNull();
  });

  it('logs in with an accepted invitation', async () => {
    api.acceptInvite.mockResolvedValue({
      accessToken: 'token-4',
      user: meFor('ambassador').user,
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug },
    });
    api.getMe.mockResolvedValue(meFor('ambassador'));
    const auth = useAuthStore();

    await auth.acceptInvite('invite-token-0123456789', 'a long enough password');

    expect(api.acceptInvite).toHaveBeenCalledWith({
      token: 'invite-token-0123456789',
      password: 'a long enough password',
    });
    expect(auth.role).toBe('ambassador');
  });

  it('forgets the user on logout even when the server cannot be reached', async () => {
    api.refreshAccessToken.mockResolvedValue('token-1');
    api.getMe.mockResolvedValue(meFor('admin'));
    api.logout.mockRejectedValue(new ApiError({ status: 0, code: 'network_error' }));
    const auth = useAuthStore();
    await auth.bootstrap();

    await auth.logout();

    expect(auth.isAuthenticated).toBe(false);
    expect(auth.organisation).toBeNull();
  });
});

describe('session marker', () => {
  const actual = () => vi.importActual<typeof authApi>('../api/auth.ts');

  beforeEach(() => localStorage.clear());

  it('asks on a device without a marker yet, then knows from the marker whether a session may exist', async () => {
    const { markSession, sessionSurelyAbsent } = await actual();
    // A first visit, or a session from before the marker existed: only the server can tell.
    expect(sessionSurelyAbsent()).toBe(false);

    markSession(true);
    expect(sessionSurelyAbsent()).toBe(false);

    markSession(false);
    expect(sessionSurelyAbsent()).toBe(true);
  });

  it('is never sure when storage cannot be read, so the app asks the server', async () => {
    const { sessionSurelyAbsent } = await actual();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(sessionSurelyAbsent()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
