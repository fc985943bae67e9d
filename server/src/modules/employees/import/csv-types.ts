import type { DigitalSkill } from '@ambassador/shared';

/** The rows and errors of a read HR export, apart from the reader so that row validation can name them too. */
export type CsvRow = {
  /** Physical line (1 = header) on which the record starts. */
  line: number;
  employeeNumber: string;
  name: string;
  email: string | null;
  departmentPath: string[];
  layer: string;
  jobTitle: string | null;
  location: string | null;
  digitalSkill: DigitalSkill | null;
};

export type CsvErrorCode =
  | 'invalid_file'
  | 'empty_file'
  | 'malformed_csv'
  | 'missing_columns'
  | 'duplicate_column'
  | 'too_many_rows'
  | 'required'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_digital_skill'
  | 'invalid_department'
  | 'duplicate_employee_number';

export type CsvError = { line: number; column: string | null; code: CsvErrorCode; message: string };
