import { domainError } from '../../http/errors.ts';

export const DepartmentCycle = domainError(
  'department_cycle',
  409,
  'A department cannot be moved under itself or one of its own sub-departments',
);
export const DepartmentInUse = domainError(
  'department_in_use',
  409,
  (what: string) => `This department still has ${what}`,
);
export const DepartmentNameTaken = domainError(
  'department_name_taken',
  409,
  'A department with this name already exists at this place in the tree',
);
export const ParentNotFound = domainError('parent_not_found', 404, 'The parent department was not found');
