import { IMPORT_COLUMNS, unneutraliseFormula, type ImportColumnKey } from './columns.ts';
import type { DigitalSkill } from '@ambassador/shared';
import type { CsvError, CsvErrorCode, CsvRow } from './csv-types.ts';

const MAX_CELL_LENGTH = 500;
const MAX_EMPLOYEE_NUMBER_LENGTH = 50;
const MAX_EMAIL_LENGTH = 254;
const MAX_DEPARTMENT_DEPTH = 10;
const MAX_DEPARTMENT_NAME_LENGTH = 200;

const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const DIGITAL_SKILLS = new Map<string, DigitalSkill>([
  ['low', 'low'],
  ['laag', 'low'],
  ['medium', 'medium'],
  ['gemiddeld', 'medium'],
  ['high', 'high'],
  ['hoog', 'high'],
]);

export type { RawRecord } from '../../../http/csv-records.ts';
import type { RawRecord } from '../../../http/csv-records.ts';

/**
 * Checks one record and turns it into a row, or into all of its errors. `firstLineByNumber` carries the employee
 * numbers seen so far, so that a duplicate is reported on the later line.
 */
export function readRow(
  { line, cells }: RawRecord,
  indexByKey: ReadonlyMap<ImportColumnKey, number>,
  firstLineByNumber: Map<string, number>,
): CsvRow | CsvError[] {
  const errors: CsvError[] = [];
  const fail = (column: ImportColumnKey, code: CsvErrorCode, message: string) => {
    errors.push({ line, column, code, message });
  };

  // Only non-empty values within the length limit are checked further, so a cell yields at most one error.
  const usable = new Map<ImportColumnKey, string>();
  for (const { key, required } of IMPORT_COLUMNS) {
    const index = indexByKey.get(key);
    // Trimmed again: the `'` that neutralised a formula may have hidden leading whitespace.
    const value = unneutraliseFormula(index === undefined ? '' : (cells[index] ?? '')).trim();
    const max = key === 'employee_number' ? MAX_EMPLOYEE_NUMBER_LENGTH : MAX_CELL_LENGTH;
    if (value.length > max) {
      fail(key, 'too_long', `"${key}" is ${value.length} characters long; the maximum is ${max}.`);
    } else if (value === '') {
      if (required) fail(key, 'required', `"${key}" is required.`);
    } else {
      usable.set(key, value);
    }
  }

  const employeeNumber = usable.get('employee_number');
  if (employeeNumber !== undefined) {
    const firstLine = firstLineByNumber.get(employeeNumber);
    if (firstLine === undefined) firstLineByNumber.set(employeeNumber, line);
    else {
      fail(
        'employee_number',
        'duplicate_employee_number',
        `Employee number ${employeeNumber} also appears on line ${firstLine}.`,
      );
    }
  }

  const email = usable.get('email')?.toLowerCase() ?? null;
  if (email !== null && (email.length > MAX_EMAIL_LENGTH || !PLAUSIBLE_EMAIL.test(email))) {
    fail('email', 'invalid_email', `"${email}" is not a valid e-mail address.`);
  }

  const department = usable.get('department');
  const departmentPath = department?.split('/').map((name) => name.trim()) ?? [];
  if (department !== undefined) {
    const problem = departmentProblem(departmentPath);
    if (problem) fail('department', 'invalid_department', `Department "${department}" ${problem}.`);
  }

  const skill = usable.get('digital_skill');
  const digitalSkill = skill === undefined ? null : (DIGITAL_SKILLS.get(skill.toLowerCase()) ?? null);
  if (skill !== undefined && digitalSkill === null) {
    fail(
      'digital_skill',
      'invalid_digital_skill',
      `Digital skill "${skill}" is not one of low, medium, high (laag, gemiddeld, hoog).`,
    );
  }

  const name = usable.get('name');
  const layer = usable.get('layer');
  if (errors.length > 0 || employeeNumber === undefined || name === undefined || layer === undefined) return errors;
  return {
    line,
    employeeNumber,
    name,
    email,
    departmentPath,
    layer,
    jobTitle: usable.get('job_title') ?? null,
    location: usable.get('location') ?? null,
    digitalSkill,
  };
}

function departmentProblem(path: readonly string[]): string | null {
  if (path.some((name) => name === '')) return 'has an empty part; separate departments with a single "/"';
  if (path.length > MAX_DEPARTMENT_DEPTH) {
    return `is ${path.length} levels deep; the maximum is ${MAX_DEPARTMENT_DEPTH}`;
  }
  const longName = path.find((name) => name.length > MAX_DEPARTMENT_NAME_LENGTH);
  if (longName !== undefined) {
    return `has a department name of ${longName.length} characters; the maximum is ${MAX_DEPARTMENT_NAME_LENGTH}`;
  }
  return null;
}
