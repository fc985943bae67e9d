export const UserStatuses = ['invited', 'active', 'deactivated'] as const;
