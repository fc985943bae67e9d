import { Type, type Static } from 'typebox';
import { SingleLine, Uuid } from './common.ts';

export const Department = Type.Object({
  id: Uuid,
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  parentId: Type.Union([Uuid, Type.Null()]),
  /** Names from the root down, joined with " / ". */
  path: Type.String(),
  /** Active employees of this department itself, and of it with all its descendants. */
  employeeCount: Type.Integer(),
  subtreeEmployeeCount: Type.Integer(),
});
export type Department = Static<typeof Department>;

export const DepartmentList = Type.Object({ items: Type.Array(Department) });
export type DepartmentList = Static<typeof DepartmentList>;

const DepartmentName = SingleLine({ minLength: 1, maxLength: 200, pattern: '^[^/\\r\\n\\t]*$' });
const DepartmentCode = Type.Union([SingleLine({ minLength: 1, maxLength: 50 }), Type.Null()]);

export const CreateDepartmentBody = Type.Object(
  {
    name: DepartmentName,
    code: Type.Optional(DepartmentCode),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateDepartmentBody = Static<typeof CreateDepartmentBody>;

export const UpdateDepartmentBody = Type.Object(
  {
    name: Type.Optional(DepartmentName),
    code: Type.Optional(DepartmentCode),
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateDepartmentBody = Static<typeof UpdateDepartmentBody>;
