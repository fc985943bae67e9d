import type { ImportError } from '@ambassador/shared';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n } from '../i18n/index.ts';
import { useImportErrorText } from './useImportErrorText.ts';

function messagesIn(locale: 'nl' | 'en', errors: ImportError[]): string[] {
  let result: string[] = [];
  mount(
    defineComponent({
      setup() {
        const { message } = useImportErrorText();
        result = errors.map(message);
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n(locale)] } },
  );
  return result;
}

const error = (code: string, message: string, column: string | null = null): ImportError => ({
  line: 1,
  column,
  code,
  message,
});

describe('useImportErrorText', () => {
  it('builds the sentence from the code and the data in the server message', () => {
    expect(
      messagesIn('nl', [
        error('missing_columns', 'Missing required column(s): employee_number, layer'),
        error('too_long', '"location" is 612 characters long; the maximum is 500.', 'location'),
        error('invalid_email', '"piet@" is not a valid e-mail address.', 'email'),
        error('invalid_digital_skill', 'Digital skill "expert" is not one of low, medium, high.', 'digital_skill'),
        error('duplicate_column', 'More than one column is read as "name"; keep only one of them.', 'name'),
      ]),
    ).toEqual([
      'Verplichte kolommen ontbreken: Personeelsnummer, Laag.',
      'Locatie is te lang (hoogstens 500 tekens).',
      '“piet@” is geen geldig e-mailadres.',
      '“expert” is geen geldige digitale vaardigheid. Gebruik laag, gemiddeld of hoog.',
      'Meer dan één kolom wordt gelezen als Naam. Houd er één over.',
    ]);
  });

  it('speaks English too', () => {
    expect(
      messagesIn('en', [
        error('duplicate_employee_number', 'Employee number 1005 also appears on line 7.', 'employee_number'),
        error('required', '"name" is required.', 'name'),
      ]),
    ).toEqual(['This employee number also appears on line 7.', 'Name is missing; this field is required.']);
  });

  it('still says something useful when the message has no data to take out', () => {
    expect(
      messagesIn('nl', [
        error('duplicate_employee_number', 'Duplicate.', 'employee_number'),
        error('brand_new_code', 'Something the web app does not know yet.'),
      ]),
    ).toEqual(['Dit personeelsnummer komt vaker voor in het bestand.', 'Something the web app does not know yet.']);
  });
});
