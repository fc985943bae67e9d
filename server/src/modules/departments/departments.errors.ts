import createError from '@fastify/error';

export const DepartmentCycle = createError(
  'department_cycle',
  'A department cannot be moved under itself or one of its own sub-departments',
  409,
);
export const DepartmentInUse = createError('department_in_use', 'This department still has %s', 409);
export const DepartmentNameTaken = createError(
  'department_name_taken',
  'A department with this name already exists at this place in the tree',
  409,
);
export const ParentNotFound = createError('parent_not_found', 'The parent department was not found', 404);
