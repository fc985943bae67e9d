import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { connectSession } from '../session.ts';
import { useAuthStore } from '../stores/auth.ts';
import { bearerOf, json, problem, urlOf } from '../test/responses.ts';
import { ApiError, configureSession, download, filenameFromDisposition, http, type SessionHooks } from './http.ts';
import { useTestPinia } from '../test/pinia.ts';

const fetchMock = vi.fn<typeof fetch>();

function memorySession(initial: string | null): SessionHooks & { token: string | null } {
  const session = {
    token: initial,
    getAccessToken: () => session.token,
    setAccessToken: (token: string) => {
      session.token = token;
    },
    onSessionExpired: vi.fn(),
  };
  return session;
}

/** Answers per URL, so concurrent calls do not depend on the order fetch is called in. */
function route(handlers: Record<string, (init: RequestInit | undefined) => Response | Promise<Response>>) {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const handler = Object.entries(handlers).find(([path]) => url.startsWith(`/api/v1${path}`))?.[1];
    if (!handler) throw new Error(`unexpected request ${url}`);
    return handler(init);
  });
}

function authorization(init: RequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.Authorization;
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('http', () => {
  it('sends the access token as a bearer, same-origin credentials and a JSON body', async () => {
    configureSession(memorySession('token-1'));
    fetchMock.mockResolvedValueOnce(json({ id: 'u1' }, 201));

    const result = await http.post<{ id: string }>('/users', { name: 'Anna' });

    expect(result).toEqual({ id: 'u1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/users');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe(JSON.stringify({ name: 'Anna' }));
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(bearerOf(fetchMock.mock.calls[0]!)).toBe('Bearer token-1');
  });

  it('sends FormData as it is and leaves the multipart content type to the browser', async () => {
    configureSession(memorySession('token-1'));
    fetchMock.mockResolvedValueOnce(json({ created: 1 }));
    const form = new FormData();
    form.append('file', new File(['a,b\n'], 'staff.csv', { type: 'text/csv' }));

    await http.post('/employees/import', form, { dryRun: false, createMissing: true });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/employees/import?dryRun=false&createMissing=true');
    expect(init?.body).toBe(form);
    expect(init?.headers as Record<string, string>).not.toHaveProperty('Content-Type');
    expect(bearerOf(fetchMock.mock.calls[0]!)).toBe('Bearer token-1');
  });

  it('downloads a file with the bearer and reads its name from Content-Disposition', async () => {
    configureSession(memorySession('token-1'));
    fetchMock.mockResolvedValueOnce(
      new Response('employee_number;name\n', {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="medewerkers-horizon-2025-03-01.csv"',
        },
      }),
    );

    const file = await download('/employees/export.csv', { accept: 'text/csv, application/problem+json' });

    expect(file.filename).toBe('medewerkers-horizon-2025-03-01.csv');
    expect(await file.blob.text()).toBe('employee_number;name\n');
    expect(bearerOf(fetchMock.mock.calls[0]!)).toBe('Bearer token-1');
    expect((fetchMock.mock.calls[0]![1]?.headers as Record<string, string>).Accept).toBe(
      'text/csv, application/problem+json',
    );
  });

  it('reads both forms of a Content-Disposition file name', () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''medewerkers%20%C3%A9.csv")).toBe('medewerkers é.csv');
    expect(filenameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameFromDisposition('attachment')).toBeNull();
    expect(filenameFromDisposition(null)).toBeNull();
  });

  it('leaves out empty query parameters', async () => {
    configureSession(memorySession('token-1'));
    fetchMock.mockResolvedValueOnce(json({ items: [], total: 0, nextCursor: null }));

    await http.get('/users', { limit: 25, offset: 0, q: '', role: undefined });

    expect(urlOf(fetchMock.mock.calls[0]!)).toBe('/api/v1/users?limit=25&offset=0');
  });

  it('refreshes once on a 401 and retries the request with the new token', async () => {
    const session = memorySession('expired');
    configureSession(session);
    route({
      '/auth/refresh': () => json({ accessToken: 'fresh' }),
      '/me': (init) => (authorization(init) === 'Bearer fresh' ? json({ ok: true }) : problem(401, 'unauthorized')),
    });

    await expect(http.get('/me')).resolves.toEqual({ ok: true });

    const urls = fetchMock.mock.calls.map(urlOf);
    expect(urls).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(fetchMock.mock.calls[1]![1]?.body).toBeUndefined();
    expect(session.token).toBe('fresh');
    expect(session.onSessionExpired).not.toHaveBeenCalled();
  });

  it('shares one refresh between requests that get a 401 at the same time', async () => {
    configureSession(memorySession('expired'));
    let releaseRefresh: () => void = () => undefined;
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const fresh = (init: RequestInit | undefined, body: unknown) =>
      authorization(init) === 'Bearer fresh' ? json(body) : problem(401, 'unauthorized');
    route({
      '/auth/refresh': async () => {
        await refreshGate;
        return json({ accessToken: 'fresh' });
      },
      '/me': (init) => fresh(init, { me: true }),
      '/organisation': (init) => fresh(init, { organisation: true }),
      '/users': (init) => fresh(init, { users: true }),
    });

    const results = Promise.all([http.get('/me'), http.get('/organisation'), http.get('/users')]);
    await vi.waitFor(() => expect(fetchMock.mock.calls.map(urlOf)).toContain('/api/v1/auth/refresh'));
    releaseRefresh();

    await expect(results).resolves.toEqual([{ me: true }, { organisation: true }, { users: true }]);
    expect(fetchMock.mock.calls.filter((call) => urlOf(call) === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('does not try to refresh when an auth endpoint answers 401', async () => {
    const session = memorySession(null);
    configureSession(session);
    fetchMock.mockResolvedValueOnce(problem(401, 'invalid_credentials'));

    const error = await http.post('/auth/login', { email: 'a@b.nl', password: 'wrong' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_credentials');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(session.onSessionExpired).not.toHaveBeenCalled();
  });

  it('turns a problem+json answer into an ApiError with status, code, detail and field errors', async () => {
    configureSession(memorySession('token'));
    fetchMock.mockResolvedValueOnce(
      problem(400, 'validation_failed', {
        detail: 'body/password must NOT have fewer than 12 characters',
        errors: [{ field: 'password', code: 'too_short', message: 'too short' }],
      }),
    );

    const error = (await http.post('/auth/signup', {}).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'body/password must NOT have fewer than 12 characters',
      errors: [{ field: 'password', code: 'too_short', message: 'too short' }],
    });
  });

  it('keeps the allowed next statuses of a refused status change', async () => {
    configureSession(memorySession('token'));
    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'illegal_transition',
          allowed: ['invited', 'onboarding', 'declined'],
        }),
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );

    const error = (await http.patch('/ambassadors/x', { status: 'active' }).catch((e: unknown) => e)) as ApiError;

    expect(error).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(error.allowed).toEqual(['invited', 'onboarding', 'declined']);
  });

  it('keeps the clashing sessions of a schedule conflict and drops malformed entries', async () => {
    configureSession(memorySession('token'));
    const clash = {
      sessionId: '6f1c2d3e-0000-4000-8000-000000000601',
      title: 'Teams basis',
      startsAt: '2026-03-10T08:00:00.000Z',
      endsAt: '2026-03-10T10:00:00.000Z',
      reason: 'trainer',
      subject: 'Bram Jansen',
    };
    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'schedule_conflict',
          conflicts: [clash, { sessionId: 'x', reason: 'weather' }],
        }),
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );

    const error = (await http.post('/training-sessions', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('schedule_conflict');
    expect(error.conflicts).toEqual([clash]);
  });

  it('keeps every extension member of a problem, known to this version or not, in extensions', async () => {
    configureSession(memorySession('token'));
    fetchMock.mockResolvedValueOnce(
      problem(409, 'shelf_full', {
        detail: 'Shelf A3 is full',
        shelf: { id: 'A3', capacity: 3 },
        allowed: ['B1'],
        message: 'not the message',
      }),
    );

    const error = (await http.post('/shelves', {}).catch((e: unknown) => e)) as ApiError;

    expect(error).toMatchObject({ status: 409, code: 'shelf_full', message: 'Shelf A3 is full', allowed: ['B1'] });
    expect(error.extensions).toEqual({ shelf: { id: 'A3', capacity: 3 }, allowed: ['B1'] });
  });

  it('reads Retry-After from a rate-limited answer', async () => {
    configureSession(memorySession(null));
    fetchMock.mockResolvedValueOnce(problem(429, 'rate_limited', {}, { 'Retry-After': '42' }));

    const error = (await http.post('/auth/login', {}).catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(42);
  });

  it('gives an answer without a problem body a code from its status', async () => {
    configureSession(memorySession('token'));
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = (await http.get('/organisation').catch((e: unknown) => e)) as ApiError;

    expect(error).toMatchObject({ status: 502, code: 'internal_error' });
  });

  it('reports an unreachable server as network_error', async () => {
    configureSession(memorySession('token'));
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    const error = (await http.get('/organisation').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('keeps the session when the refresh fails only because the network is down', async () => {
    const session = memorySession('expired');
    configureSession(session);
    fetchMock.mockResolvedValueOnce(problem(401, 'unauthorized')).mockRejectedValueOnce(new TypeError('offline'));

    await expect(http.get('/me')).rejects.toMatchObject({ code: 'network_error' });
    expect(session.onSessionExpired).not.toHaveBeenCalled();
  });
});

describe('http with the app session', () => {
  it('clears the session and sends the user to the login page with the current path when the refresh is refused', async () => {
    useTestPinia();
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/settings/users', component: { template: '<div />' } },
        { path: '/login', name: 'login', component: { template: '<div />' }, meta: { guestOnly: true } },
      ],
    });
    await router.push('/settings/users?q=anna');
    const auth = useAuthStore();
    auth.setAccessToken('expired');
    auth.user = { id: 'u1', email: 'anna@zorg.nl', name: 'Anna', role: 'admin' };
    connectSession(router);
    route({
      '/users': () => problem(401, 'unauthorized'),
      '/organisation': () => problem(401, 'unauthorized'),
      '/auth/refresh': () => problem(401, 'invalid_refresh_token'),
    });
    const push = vi.spyOn(router, 'push');

    const errors = await Promise.all([
      http.get('/users').catch((e: unknown) => e),
      http.get('/organisation').catch((e: unknown) => e),
    ]);

    expect(errors.map((e) => (e as ApiError).code)).toEqual(['invalid_refresh_token', 'invalid_refresh_token']);
    expect(auth.accessToken).toBeNull();
    expect(auth.user).toBeNull();
    expect(push).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(router.currentRoute.value.query.redirect).toBe('/settings/users?q=anna');
  });
});
