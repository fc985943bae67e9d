import type { RefreshResponse } from '@ambassador/shared';
import { ApiError, errorFromResponse } from '../lib/apiError.ts';

export { ApiError, asApiError, isApiError } from '../lib/apiError.ts';
export type { FieldError } from '../lib/apiError.ts';

export const API_BASE = '/api/v1';

/**
 * http.ts knows nothing of pinia or the router (that would make a cycle: router → store → api → http);
 * the app connects it to the session once at start-up through these hooks.
 */
export interface SessionHooks {
  getAccessToken(): string | null;
  setAccessToken(token: string): void;
  /** The refresh token is gone or revoked: forget the user and send them to the login page. */
  onSessionExpired(): void;
}

const anonymous: SessionHooks = {
  getAccessToken: () => null,
  setAccessToken: () => undefined,
  onSessionExpired: () => undefined,
};

let hooks: SessionHooks = anonymous;

export function configureSession(next: SessionHooks): void {
  hooks = next;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, except FormData, which goes as multipart with the boundary the browser picks. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** What the caller can read; problem+json always, so errors keep their `code`. */
  accept?: string;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function encodeBody(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof FormData) return body;
  return JSON.stringify(body);
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json, application/problem+json',
  };
  // Fastify refuses an empty body declared as JSON, so the header goes only with a body. A FormData body
  // gets no header from us: the browser writes multipart/form-data with the boundary itself.
  if (options.body !== undefined && !(options.body instanceof FormData)) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: encodeBody(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'network_error', message: String(cause) });
  }
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

let refreshInFlight: Promise<string> | null = null;
let expiryHandledFor: Promise<string> | null = null;

async function runRefresh(): Promise<string> {
  const refresh = async (): Promise<string> => {
    const response = await send('/auth/refresh', { method: 'POST' }, null);
    if (!response.ok) throw await errorFromResponse(response);
    const body = await readBody<RefreshResponse>(response);
    hooks.setAccessToken(body.accessToken);
    return body.accessToken;
  };
  // Refresh tokens rotate and reusing a rotated one revokes the whole family, so two tabs refreshing
  // with the same cookie would log each other out. A Web Lock makes the tabs of this origin take turns;
  // each request then carries the cookie the previous one set.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request('ambassador.refresh', refresh) : refresh();
}

/** Exchanges the httpOnly refresh cookie for a new access token; callers at the same time share one request. */
export function refreshAccessToken(): Promise<string> {
  refreshInFlight ??= runRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

function isAuthEndpoint(path: string): boolean {
  return path.startsWith('/auth/');
}

/** Sends with the access token, refreshing it once on a 401; any other failure becomes an ApiError. */
async function sendWithSession(path: string, options: RequestOptions): Promise<Response> {
  const sentToken = hooks.getAccessToken();
  let response = await send(path, options, sentToken);

  if (response.status === 401 && !isAuthEndpoint(path)) {
    const current = hooks.getAccessToken();
    let token: string;
    if (current && current !== sentToken) {
      // Another call refreshed while this one was on its way: reuse that token.
      token = current;
    } else {
      const refresh = refreshAccessToken();
      try {
        token = await refresh;
      } catch (error) {
        // A network blip is not a logout; only a refused refresh is.
        const refused = !(error instanceof ApiError) || error.code !== 'network_error';
        if (refused && expiryHandledFor !== refresh) {
          expiryHandledFor = refresh;
          hooks.onSessionExpired();
        }
        throw error;
      }
    }
    response = await send(path, options, token);
  }

  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return readBody<T>(await sendWithSession(path, options));
}

/** `attachment; filename="a.csv"` or the RFC 5987 form `filename*=UTF-8''a%20b.csv` (which wins). */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}

export interface Download {
  blob: Blob;
  filename: string | null;
}

/** A file the API hands out behind the bearer token (a plain link cannot carry it). */
export async function download(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<Download> {
  const response = await sendWithSession(path, { ...options, method: 'GET' });
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('content-disposition')),
  };
}

export const http = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    request<T>(path, { method: 'GET', query, signal }),
  post: <T>(path: string, body?: unknown, query?: Record<string, QueryValue>) =>
    request<T>(path, { method: 'POST', body, query }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => request<T>(path, { method: 'DELETE' }),
};
