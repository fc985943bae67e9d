export const DigitalSkills = ['low', 'medium', 'high'] as const;

export const EmployeeStatuses = ['active', 'left'] as const;

export const EmployeeSorts = ['name', 'employeeNumber', 'department', 'layer', 'jobTitle', 'updatedAt'] as const;
