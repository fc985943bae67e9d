import { Type, type Static } from 'typebox';
import { Page, PageQuery, SearchText, SingleLine, Uuid } from './common.ts';
import { SortOrders } from './constants/common.ts';
import { DigitalSkills, EmployeeSorts, EmployeeStatuses } from './constants/employees.ts';

export const DigitalSkill = Type.Enum([...DigitalSkills]);
export type DigitalSkill = Static<typeof DigitalSkill>;

export const EmployeeStatus = Type.Enum([...EmployeeStatuses]);
export type EmployeeStatus = Static<typeof EmployeeStatus>;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const Employee = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  name: Type.String(),
  email: Nullable(Type.String()),
  departmentId: Uuid,
  department: Type.Object({ id: Uuid, name: Type.String(), path: Type.String() }),
  layerId: Uuid,
  layer: Type.Object({ id: Uuid, name: Type.String() }),
  jobTitle: Nullable(Type.String()),
  location: Nullable(Type.String()),
  digitalSkill: Nullable(DigitalSkill),
  status: EmployeeStatus,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Employee = Static<typeof Employee>;

export const EmployeeListQuery = Type.Object({
  ...PageQuery,
  q: SearchText,
  departmentId: Type.Optional(Uuid),
  /** With `departmentId`: also the departments below it (default), or only its own employees. */
  includeSubdepartments: Type.Optional(Type.Boolean({ default: true })),
  layerId: Type.Optional(Uuid),
  status: Type.Optional(EmployeeStatus),
  /** Has an ambassador record (any status), or has none. */
  isAmbassador: Type.Optional(Type.Boolean()),
  sort: Type.Optional(Type.Enum([...EmployeeSorts])),
  order: Type.Optional(Type.Enum([...SortOrders])),
});
export type EmployeeListQuery = Static<typeof EmployeeListQuery>;

export const EmployeeList = Page(Employee);
export type EmployeeList = Static<typeof EmployeeList>;

const Text = (maxLength: number) => SingleLine({ minLength: 1, maxLength });

export const CreateEmployeeBody = Type.Object(
  {
    employeeNumber: Type.String({ minLength: 1, maxLength: 50, pattern: '^\\S(.*\\S)?$' }),
    name: Text(200),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    departmentId: Uuid,
    layerId: Uuid,
    jobTitle: Type.Optional(Nullable(Text(200))),
    location: Type.Optional(Nullable(Text(200))),
    digitalSkill: Type.Optional(Nullable(DigitalSkill)),
  },
  { additionalProperties: false },
);
export type CreateEmployeeBody = Static<typeof CreateEmployeeBody>;

export const UpdateEmployeeBody = Type.Object(
  {
    employeeNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 50, pattern: '^\\S(.*\\S)?$' })),
    name: Type.Optional(Text(200)),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    departmentId: Type.Optional(Uuid),
    layerId: Type.Optional(Uuid),
    jobTitle: Type.Optional(Nullable(Text(200))),
    location: Type.Optional(Nullable(Text(200))),
    digitalSkill: Type.Optional(Nullable(DigitalSkill)),
    status: Type.Optional(EmployeeStatus),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateEmployeeBody = Static<typeof UpdateEmployeeBody>;

export const ImportQuery = Type.Object({
  dryRun: Type.Optional(Type.Boolean({ default: false })),
  createMissing: Type.Optional(Type.Boolean({ default: false })),
  markMissingAsLeft: Type.Optional(Type.Boolean({ default: false })),
});
export type ImportQuery = Static<typeof ImportQuery>;

export const ImportError = Type.Object({
  line: Type.Integer(),
  column: Nullable(Type.String()),
  code: Type.String(),
  message: Type.String(),
});
export type ImportError = Static<typeof ImportError>;

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  markedLeft: Type.Integer(),
  createdDepartments: Type.Integer(),
  createdLayers: Type.Integer(),
  /** Paths of the departments and names of the layers that were (or, in a dry run, would be) created. */
  newDepartments: Type.Array(Type.String()),
  newLayers: Type.Array(Type.String()),
  /** Ambassadors (not alumni or declined) among the employees marked as left: they need a decision. */
  leftAmbassadors: Type.Array(
    Type.Object({ employeeNumber: Type.String(), name: Type.String(), status: Type.String() }),
  ),
  errors: Type.Array(ImportError),
});
export type ImportResult = Static<typeof ImportResult>;
