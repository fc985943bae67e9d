import type {
  AcceptInviteBody,
  ForgotPasswordBody,
  InvitePreview,
  LoginBody,
  LoginResponse,
  MeResponse,
  ResetPasswordBody,
  ResetPasswordResponse,
  SignupBody,
  SignupResponse,
  SsoStartResponse,
} from '@ambassador/shared';
import { http } from './http.ts';

export { refreshAccessToken } from './http.ts';

export const signup = (body: SignupBody) => http.post<SignupResponse>('/auth/signup', body);

export const login = (body: LoginBody) => http.post<LoginResponse>('/auth/login', body);

/** Whether the address's organisation logs in through its identity provider, and if so where to go. */
export const startSso = (email: string) => http.post<SsoStartResponse>('/auth/sso/start', { email });

export const logout = () => http.post<void>('/auth/logout');

export const getInvite = (token: string) => http.get<InvitePreview>(`/auth/invites/${encodeURIComponent(token)}`);

export const acceptInvite = (body: AcceptInviteBody) => http.post<LoginResponse>('/auth/accept-invite', body);

/** 202 whether or not the address is known; the link in the mail is valid for an hour. */
export const forgotPassword = (body: ForgotPasswordBody) => http.post<void>('/auth/forgot-password', body);

/** Single-use: sets the new password and logs in, as a login does. */
export const resetPassword = (body: ResetPasswordBody) =>
  http.post<ResetPasswordResponse>('/auth/reset-password', body);

export const getMe = () => http.get<MeResponse>('/me');

/**
 * The refresh cookie is httpOnly, so the page cannot tell whether one exists; asking the server on every load
 * made each anonymous visit log a failed POST /auth/refresh. This marker in localStorage mirrors the cookie:
 * written whenever the server hands out an access token, removed on logout and when a refresh is refused. It
 * holds no secret (the cookie stays the credential) and only decides whether asking is worth it.
 *
 * localStorage rather than a cookie of our own: it is shared by the tabs and outlives the browser session like the
 * refresh cookie, and it is never sent along with requests. When it lies (cookies cleared by hand, the cookie
 * expired), one refresh fails and the marker says so; when storage is blocked, the app asks as it always did.
 *
 * The marker says '1' (a session may exist) or '0' (none); a device without a marker yet (a first visit, or a
 * session from before the marker existed) asks once, so nobody already logged in is sent to the login page.
 */
const SESSION_MARKER_KEY = 'ambassador.session';

export function markSession(active: boolean): void {
  try {
    globalThis.localStorage?.setItem(SESSION_MARKER_KEY, active ? '1' : '0');
  } catch {
    // Blocked storage: sessionSurelyAbsent() then answers false, and start-up asks the server.
  }
}

/** True only when this device surely holds no session: storage is readable and its marker says none. */
export function sessionSurelyAbsent(): boolean {
  try {
    return globalThis.localStorage?.getItem(SESSION_MARKER_KEY) === '0';
  } catch {
    return false;
  }
}
