/**
 * The columns of an employee import, as the server reads them (header names are case-insensitive, order free).
 * The header names are what HR systems write, so they are shown as they are in both languages.
 */
export const IMPORT_COLUMNS = [
  { key: 'employee_number', nl: 'Personeelsnummer', en: 'employee_number', required: true },
  { key: 'name', nl: 'Naam', en: 'name', required: true },
  { key: 'email', nl: 'E-mailadres', en: 'email', required: false },
  { key: 'department', nl: 'Afdeling', en: 'department', required: true },
  { key: 'layer', nl: 'Laag', en: 'layer', required: true },
  { key: 'job_title', nl: 'Functie', en: 'job_title', required: false },
  { key: 'location', nl: 'Locatie', en: 'location', required: false },
  { key: 'digital_skill', nl: 'Digitale vaardigheid', en: 'digital_skill', required: false },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export function isImportColumn(value: unknown): value is ImportColumnKey {
  return IMPORT_COLUMNS.some((column) => column.key === value);
}

export interface LeftAmbassador {
  employeeNumber: string;
  name: string;
  status: string;
}

/**
 * Ambassadors among the employees an import marks as left (they need a decision). Read loosely: older servers do
 * not send the field.
 */
export function leftAmbassadorsOf(result: object): LeftAmbassador[] {
  const value = (result as { leftAmbassadors?: unknown }).leftAmbassadors;
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is LeftAmbassador =>
      typeof item === 'object' && item !== null && typeof (item as LeftAmbassador).name === 'string',
  );
}
