import { Type, type Static } from 'typebox';
import { Email, Page, PageQuery, PersonName, Role, SearchText, Uuid } from './common.ts';
import { UserStatuses } from './constants/users.ts';

export const UserStatus = Type.Enum([...UserStatuses]);
export type UserStatus = Static<typeof UserStatus>;

export const UserListItem = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: Role,
  status: UserStatus,
  employeeId: Type.Union([Uuid, Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  inviteExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type UserListItem = Static<typeof UserListItem>;

export const UserList = Page(UserListItem);
export type UserList = Static<typeof UserList>;

export const UserListQuery = Type.Object({
  ...PageQuery,
  q: SearchText,
  role: Type.Optional(Role),
  status: Type.Optional(UserStatus),
});
export type UserListQuery = Static<typeof UserListQuery>;

export const InviteUserBody = Type.Object(
  {
    email: Email,
    name: PersonName,
    role: Role,
    employeeId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type InviteUserBody = Static<typeof InviteUserBody>;

export const InviteUserResponse = Type.Object({
  user: UserListItem,
  inviteUrl: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});
export type InviteUserResponse = Static<typeof InviteUserResponse>;

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(PersonName),
    role: Type.Optional(Role),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;
