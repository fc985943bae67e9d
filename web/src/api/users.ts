import type {
  InviteUserBody,
  InviteUserResponse,
  UpdateUserBody,
  UserList,
  UserListItem,
  UserListQuery,
} from '@ambassador/shared';
import { http } from './http.ts';

export const listUsers = (query: UserListQuery, signal?: AbortSignal) => http.get<UserList>('/users', query, signal);

export const inviteUser = (body: InviteUserBody) => http.post<InviteUserResponse>('/users', body);

export const resendInvite = (id: string) => http.post<InviteUserResponse>(`/users/${id}/invite`);

export const updateUser = (id: string, body: UpdateUserBody) => http.patch<UserListItem>(`/users/${id}`, body);
