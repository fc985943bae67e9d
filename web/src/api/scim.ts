import type { CreatedScimToken, ScimTokenList } from '@ambassador/shared';
import { http } from './http.ts';

export interface ScimTokenQuery {
  limit: number;
  offset: number;
}

/** The organisation's SCIM tokens, newest first, revoked ones too; never their secrets. */
export const listScimTokens = (query: ScimTokenQuery, signal?: AbortSignal) =>
  http.get<ScimTokenList>('/scim-tokens', { ...query }, signal);

/** A new token: the answer holds its secret, the only time it is shown. */
export const createScimToken = (name: string) => http.post<CreatedScimToken>('/scim-tokens', { name });

export const revokeScimToken = (id: string) => http.delete(`/scim-tokens/${id}`);
