import type { ImportError } from '@ambassador/shared';
import { useI18n } from 'vue-i18n';
import { isImportColumn } from '../lib/importColumns.ts';

/**
 * The server explains import errors in English; the `code` says what is wrong and the message carries the data
 * (the other line, the value, the limit). These patterns take that data out so the sentence can be built in the
 * user's language. A message that does not match leaves the parameter out, never the sentence.
 */
const OTHER_LINE = /line (\d+)/;
const QUOTED = /"([^"]*)"/;
const MAXIMUM = /maximum is (\d+)/;
const MORE_THAN = /more than (\d+)/;
const AFTER_COLON = /:\s*(.+)$/;

export function useImportErrorText() {
  const { t, te } = useI18n();

  function columnLabel(column: string | null | undefined): string {
    if (!column) return '';
    return isImportColumn(column) ? t(`employeeImport.columns.${column}`) : column;
  }

  function message(error: ImportError): string {
    const text = error.message;
    const quoted = QUOTED.exec(text)?.[1] ?? '';
    const column = columnLabel(error.column);
    switch (error.code) {
      case 'duplicate_employee_number': {
        const line = OTHER_LINE.exec(text)?.[1];
        return line
          ? t('employeeImport.errorCodes.duplicate_employee_number', { line })
          : t('employeeImport.errorCodes.duplicate_employee_number_elsewhere');
      }
      case 'too_long': {
        const max = MAXIMUM.exec(text)?.[1];
        return max
          ? t('employeeImport.errorCodes.too_long', { column, max })
          : t('employeeImport.errorCodes.too_long_plain', { column });
      }
      case 'too_many_rows':
        return t('employeeImport.errorCodes.too_many_rows', { max: MORE_THAN.exec(text)?.[1] ?? '25000' });
      case 'missing_columns': {
        const names = (AFTER_COLON.exec(text)?.[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .map(columnLabel);
        return t('employeeImport.errorCodes.missing_columns', { columns: names.join(', ') });
      }
      case 'duplicate_column':
        return t('employeeImport.errorCodes.duplicate_column', { column: column || columnLabel(quoted) });
      case 'unknown_layer':
      case 'invalid_email':
      case 'invalid_digital_skill':
      case 'invalid_department':
        return t(`employeeImport.errorCodes.${error.code}`, { value: quoted, column });
      default: {
        const key = `employeeImport.errorCodes.${error.code}`;
        return te(key) ? t(key, { column }) : text;
      }
    }
  }

  return { columnLabel, message };
}
