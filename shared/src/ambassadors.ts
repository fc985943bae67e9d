import { Type, type Static } from 'typebox';
import { DateOnly, Page, PageQuery, problemWith, SearchText, Uuid } from './common.ts';
import { AmbassadorRoles, AmbassadorSources, AmbassadorStatuses } from './constants/ambassadors.ts';
import { EmployeeStatuses } from './constants/employees.ts';

export const AmbassadorStatus = Type.Enum([...AmbassadorStatuses]);
export type AmbassadorStatus = Static<typeof AmbassadorStatus>;

/** A 409 of a status change: with `illegal_transition`, the statuses the ambassador may move to instead. */
export const IllegalTransitionProblem = problemWith(
  { allowed: Type.Optional(Type.Array(AmbassadorStatus)) },
  'With illegal_transition: the statuses the ambassador may move to instead (`allowed`)',
);
export type IllegalTransitionProblem = Static<typeof IllegalTransitionProblem>;

export const AmbassadorRole = Type.Enum([...AmbassadorRoles]);
export type AmbassadorRole = Static<typeof AmbassadorRole>;

export const AmbassadorSource = Type.Enum([...AmbassadorSources]);
export type AmbassadorSource = Static<typeof AmbassadorSource>;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const StatusChange = Type.Object({
  id: Uuid,
  from: Nullable(AmbassadorStatus),
  to: AmbassadorStatus,
  note: Nullable(Type.String()),
  changedAt: Type.String({ format: 'date-time' }),
  changedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
});
export type StatusChange = Static<typeof StatusChange>;

const DepartmentRef = Type.Object({ id: Uuid, name: Type.String(), path: Type.String() });
const LayerRef = Type.Object({ id: Uuid, name: Type.String() });

export const AmbassadorEmployee = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  name: Type.String(),
  jobTitle: Nullable(Type.String()),
  status: Type.Enum([...EmployeeStatuses]),
  department: DepartmentRef,
  layer: LayerRef,
});

/**
 * An ambassador as her colleagues see her: who she is, where she works and what she does. The rest of the record
 * (motivation, notes, hours, consent, nomination, dates, history) is for admins, hr and the ambassador herself.
 */
export const AmbassadorSummary = Type.Object({
  id: Uuid,
  employeeId: Uuid,
  employee: Type.Object({ id: Uuid, name: Type.String(), department: DepartmentRef, layer: LayerRef }),
  status: AmbassadorStatus,
  roles: Type.Array(AmbassadorRole),
});
export type AmbassadorSummary = Static<typeof AmbassadorSummary>;

export const Ambassador = Type.Object({
  id: Uuid,
  employeeId: Uuid,
  employee: AmbassadorEmployee,
  status: AmbassadorStatus,
  roles: Type.Array(AmbassadorRole),
  source: AmbassadorSource,
  nominatedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  motivation: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  hoursPerMonth: Nullable(Type.Number()),
  managerConsent: Nullable(Type.Boolean()),
  managerConsentDate: Nullable(DateOnly),
  startDate: Nullable(DateOnly),
  endDate: Nullable(DateOnly),
  /** The employee left the organisation: the ambassador no longer counts and needs a decision. */
  employeeLeft: Type.Boolean(),
  allowedTransitions: Type.Array(AmbassadorStatus),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Ambassador = Static<typeof Ambassador>;

export const AmbassadorDetail = Type.Intersect([Ambassador, Type.Object({ history: Type.Array(StatusChange) })]);
export type AmbassadorDetail = Static<typeof AmbassadorDetail>;

export const AmbassadorListQuery = Type.Object({
  ...PageQuery,
  q: SearchText,
  status: Type.Optional(AmbassadorStatus),
  role: Type.Optional(AmbassadorRole),
  departmentId: Type.Optional(Uuid),
  /** With `departmentId`: also the departments below it (default), or only its own ambassadors. */
  includeSubdepartments: Type.Optional(Type.Boolean({ default: true })),
  layerId: Type.Optional(Uuid),
});
export type AmbassadorListQuery = Static<typeof AmbassadorListQuery>;

/**
 * A list item: the whole record for admins and hr, and for an ambassador her own; any other record an ambassador gets
 * as a summary. A summary lacks the record's required fields, so the response serialiser (which writes an item by the
 * first schema it matches) writes it with the summary's fields only, whatever else the object holds.
 */
export const AmbassadorListItem = Type.Union([Ambassador, AmbassadorSummary]);
export type AmbassadorListItem = Static<typeof AmbassadorListItem>;

export const AmbassadorList = Page(AmbassadorListItem);
export type AmbassadorList = Static<typeof AmbassadorList>;

const Roles = Type.Array(AmbassadorRole, { uniqueItems: true, maxItems: 6 });
const Hours = Type.Number({ minimum: 0, maximum: 160 });
const Text = (maxLength: number) => Type.String({ maxLength });

export const CreateAmbassadorBody = Type.Object(
  {
    employeeId: Uuid,
    status: Type.Optional(AmbassadorStatus),
    roles: Type.Optional(Roles),
    source: AmbassadorSource,
    nominatedBy: Type.Optional(Nullable(Uuid)),
    motivation: Type.Optional(Nullable(Text(4000))),
    notes: Type.Optional(Nullable(Text(4000))),
    hoursPerMonth: Type.Optional(Nullable(Hours)),
    managerConsent: Type.Optional(Nullable(Type.Boolean())),
    managerConsentDate: Type.Optional(Nullable(DateOnly)),
    startDate: Type.Optional(Nullable(DateOnly)),
    endDate: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false },
);
export type CreateAmbassadorBody = Static<typeof CreateAmbassadorBody>;

/** `status` applies a transition (with an optional note); the other fields edit the record. */
export const UpdateAmbassadorBody = Type.Object(
  {
    status: Type.Optional(AmbassadorStatus),
    note: Type.Optional(Text(2000)),
    roles: Type.Optional(Roles),
    source: Type.Optional(AmbassadorSource),
    nominatedBy: Type.Optional(Nullable(Uuid)),
    motivation: Type.Optional(Nullable(Text(4000))),
    notes: Type.Optional(Nullable(Text(4000))),
    hoursPerMonth: Type.Optional(Nullable(Hours)),
    managerConsent: Type.Optional(Nullable(Type.Boolean())),
    managerConsentDate: Type.Optional(Nullable(DateOnly)),
    startDate: Type.Optional(Nullable(DateOnly)),
    endDate: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAmbassadorBody = Static<typeof UpdateAmbassadorBody>;
