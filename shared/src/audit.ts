import { Type, type Static } from 'typebox';
import { DateTime, Page, PageQuery, SingleLine, Uuid } from './common.ts';

export const AuditActorKinds = ['user', 'scim', 'system', 'anonymous'] as const;
export const AuditActorKind = Type.Enum([...AuditActorKinds]);

/** One field of a change: its value before and after, or only that it changed (passwords, tokens, answers). */
export const AuditChange = Type.Object({
  before: Type.Optional(Type.Unknown()),
  after: Type.Optional(Type.Unknown()),
  hidden: Type.Optional(Type.Boolean()),
});
export type AuditChange = Static<typeof AuditChange>;

/**
 * Who did what, when: `create`, `update` and `delete` of an entity (with the fields that changed), and `login`,
 * `login_failed`, `logout`, `export` and `view` (of personal data).
 */
export const AuditEvent = Type.Object({
  id: Uuid,
  at: DateTime,
  actor: Type.Union([Type.Object({ id: Uuid, name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  actorKind: AuditActorKind,
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  changes: Type.Union([Type.Record(Type.String(), AuditChange), Type.Null()]),
  route: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEvent = Static<typeof AuditEvent>;

const AuditFilter = {
  entity: Type.Optional(SingleLine({ maxLength: 64 })),
  entityId: Type.Optional(SingleLine({ maxLength: 120 })),
  actorId: Type.Optional(Uuid),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
};

export const AuditEventQuery = Type.Object({ ...AuditFilter, ...PageQuery }, { additionalProperties: false });
export type AuditEventQuery = Static<typeof AuditEventQuery>;

export const AuditExportQuery = Type.Object(AuditFilter, { additionalProperties: false });
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditEventPage = Page(AuditEvent);
export type AuditEventPage = Static<typeof AuditEventPage>;

/** The kinds of entity the organisation's log holds, for the filter. */
export const AuditEntities = Type.Object({ items: Type.Array(Type.String()) });
export type AuditEntities = Static<typeof AuditEntities>;
