import type {
  AcceptInviteBody,
  InvitePreview,
  LoginBody,
  LoginResponse,
  MeResponse,
  SignupBody,
  SignupResponse,
} from '@ambassador/shared';
import { http } from './http.ts';

export { refreshAccessToken } from './http.ts';

export const signup = (body: SignupBody) => http.post<SignupResponse>('/auth/signup', body);

export const login = (body: LoginBody) => http.post<LoginResponse>('/auth/login', body);

export const logout = () => http.post<void>('/auth/logout');

export const getInvite = (token: string) => http.get<InvitePreview>(`/auth/invites/${encodeURIComponent(token)}`);

export const acceptInvite = (body: AcceptInviteBody) => http.post<LoginResponse>('/auth/accept-invite', body);

export const getMe = () => http.get<MeResponse>('/me');
