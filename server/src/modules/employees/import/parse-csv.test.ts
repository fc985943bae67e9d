import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, MAX_ROWS, parseEmployeeCsv, type CsvRow, type ParsedCsv } from './parse-csv.ts';

// The HR exports the tests read are kept in the repository, under server/src/test/fixtures.
const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures');

const HEADER = 'Personeelsnummer;Naam;Afdeling;Laag';
const FULL_HEADER = 'Personeelsnummer;Naam;E-mailadres;Afdeling;Laag;Functie;Locatie;Digitale vaardigheid';

/** A CSV file as Excel saves it: lines joined by `eol`, with a trailing line break, as UTF-8 bytes. */
function csv(lines: string[], eol = '\r\n'): Buffer {
  return Buffer.from(lines.join(eol) + eol, 'utf8');
}

function parseLines(lines: string[], eol = '\r\n'): ParsedCsv {
  return parseEmployeeCsv(csv(lines, eol));
}

/** Parses one data row under `header` and returns the single row, failing on any error. */
function onlyRow(header: string, line: string): CsvRow {
  const result = parseLines([header, line]);
  expect(result.errors).toEqual([]);
  expect(result.rows).toHaveLength(1);
  return result.rows[0]!;
}

function errorsOf(header: string, line: string) {
  const result = parseLines([header, line]);
  expect(result.rows).toEqual([]);
  return result.errors;
}

/** Deterministic bytes so a failure can be reproduced. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

describe('encoding', () => {
  const lines = [
    FULL_HEADER,
    '1000;René Kuijpers;rene@zorg.example;Ondersteunende diensten/Financiën;Ondersteuning;;;',
  ];
  const expected = {
    employeeNumber: '1000',
    name: 'René Kuijpers',
    departmentPath: ['Ondersteunende diensten', 'Financiën'],
  };

  it('reads UTF-8 with a BOM, without taking the BOM into the first header', () => {
    const result = parseEmployeeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(lines)]));
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.rows).toEqual([expect.objectContaining(expected)]);
  });

  it('reads UTF-8 without a BOM', () => {
    const result = parseEmployeeCsv(csv(lines));
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.rows).toEqual([expect.objectContaining(expected)]);
  });

  it('reads windows-1252 bytes as Dutch Excel saves them (é = 0xE9, ë = 0xEB)', () => {
    const bytes = Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
    expect(bytes.includes(0xe9)).toBe(true);
    expect(bytes.includes(0xeb)).toBe(true);

    const result = parseEmployeeCsv(bytes);
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows).toEqual([expect.objectContaining(expected)]);
  });

  it('reads the windows-1252 bytes 0x80-0x9F that Latin-1 lacks (€, curly quotes, dashes)', () => {
    // 0x92 is Excel's autocorrected apostrophe in `’t Hart`; Node's own decoder gets these wrong (nodejs/node#60888).
    const name = Buffer.from([0x92, 0x74, 0x20, 0x48, 0x61, 0x72, 0x74, 0x20, 0x96, 0x20, 0x80, 0x93, 0x94, 0x9f]);
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\r\n1000;`), name, Buffer.from(';Zorg;L\r\n')]);

    const result = parseEmployeeCsv(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows[0]?.name).toBe('\u2019t Hart \u2013 \u20ac\u201c\u201d\u0178');
  });

  it('does not mistake a windows-1252 file full of curly quotes for binary data', () => {
    const quoted = Buffer.from([0x93, 0x41, 0x94, 0x20, 0x91, 0x42, 0x92]);
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\r\n1000;`), quoted, Buffer.from(';Zorg;L\r\n')]);
    expect(parseEmployeeCsv(bytes)).toMatchObject({ errors: [], rows: [{ name: '\u201cA\u201d \u2018B\u2019' }] });
  });

  it('accepts an already decoded string, with or without BOM', () => {
    const text = lines.join('\n');
    for (const input of [text, `\uFEFF${text}`]) {
      const result = parseEmployeeCsv(input);
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([expect.objectContaining(expected)]);
    }
  });
});

describe('files that are not CSV', () => {
  const invalidFile = { line: 1, column: null, code: 'invalid_file', message: expect.any(String) };

  it.each([
    ['random bytes with NULs', pseudoRandomBytes(4096, 42)],
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]),
    ],
    ['an xlsx (zip) file', Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'), csv([HEADER])])],
    ['random bytes without NULs', Buffer.from(pseudoRandomBytes(4096, 7).filter((byte) => byte !== 0))],
    ['UTF-16 ("Unicode text" from Excel)', Buffer.from(`\uFEFF${HEADER}\r\n1000;Anna;A;B\r\n`, 'utf16le')],
    ['a string with a NUL', `${HEADER}\n1000;An\u0000na;A;B`],
  ])('reports %s as invalid_file without throwing', (_name, input) => {
    const result = parseEmployeeCsv(input);
    expect(result.errors).toEqual([invalidFile]);
    expect(result.rows).toEqual([]);
  });
});

describe('empty files', () => {
  it.each([
    ['no bytes at all', Buffer.alloc(0)],
    ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf])],
    ['only blank lines', Buffer.from('\r\n\r\n   \r\n\t\n')],
    ['only separator lines', Buffer.from(';;;;;;;\r\n;;;;;;;\r\n')],
  ])('reports %s as empty_file', (_name, input) => {
    const result = parseEmployeeCsv(input);
    expect(result.errors).toEqual([{ line: 1, column: null, code: 'empty_file', message: expect.any(String) }]);
    expect(result.rows).toEqual([]);
  });

  it('accepts a header without data rows as zero employees', () => {
    expect(parseLines([HEADER])).toMatchObject({ rows: [], errors: [] });
  });
});

describe('line endings', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s files with the right line numbers', (_name, eol) => {
    const result = parseLines([HEADER, '1000;Anna;A;L', '1001;Bram;A;L'], eol);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.employeeNumber, row.layer])).toEqual([
      [2, '1000', 'L'],
      [3, '1001', 'L'],
    ]);
  });

  it('reads a file whose lines mix CRLF and LF (rows pasted together from two exports)', () => {
    const result = parseEmployeeCsv(Buffer.from(`${HEADER}\r\n1000;Anna;A;L\n1001;Bram;A;L\r\n1002;Cor;A;L`));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.employeeNumber])).toEqual([
      [2, '1000'],
      [3, '1001'],
      [4, '1002'],
    ]);
  });

  it('reads a last line without a line break', () => {
    const result = parseEmployeeCsv(Buffer.from(`${HEADER}\r\n1000;Anna;A;L`));
    expect(result.rows).toEqual([expect.objectContaining({ line: 2, layer: 'L' })]);
  });
});

describe('delimiter', () => {
  it('detects ; and ignores commas inside cells', () => {
    const result = parseLines([HEADER, '1000;Jansen, Piet;Zorg, Welzijn;L']);
    expect(result.delimiter).toBe(';');
    expect(result.rows[0]).toMatchObject({ name: 'Jansen, Piet', departmentPath: ['Zorg, Welzijn'] });
  });

  it('detects , and ignores semicolons inside cells', () => {
    const result = parseLines(['employee_number,name,department,layer', '1000,Piet; de Boer,Zorg,L']);
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(',');
    expect(result.rows[0]).toMatchObject({ name: 'Piet; de Boer' });
  });

  it('falls back to the more frequent delimiter, and to ; on a tie, when no header is recognised', () => {
    expect(parseLines(['Nummer,Voornaam,Achternaam;Team', '1,a,b;c']).delimiter).toBe(',');
    expect(parseLines(['Nummer;Voornaam;Achternaam,Team', '1;a;b,c']).delimiter).toBe(';');
    expect(parseLines(['Nummer,Voornaam;Team', '1,a;c']).delimiter).toBe(';');
  });

  it('detects , when the header itself holds a ; inside quotes', () => {
    const result = parseLines(['employee_number,name,department,layer,"notes; internal"', '1000,Piet,Zorg,L,x']);
    expect(result.delimiter).toBe(',');
    expect(result.errors).toEqual([]);
  });
});

describe('headers', () => {
  const expected = { employeeNumber: '1000', name: 'Anna', departmentPath: ['Zorg'], layer: 'L', jobTitle: 'Helpende' };

  it.each([
    ['Dutch', 'Personeelsnummer;Naam;Afdeling;Laag;Functie', '1000;Anna;Zorg;L;Helpende'],
    ['English keys', 'employee_number;name;department;layer;job_title', '1000;Anna;Zorg;L;Helpende'],
    ['English words', 'Employee Number;Name;Department;Layer;Job Title', '1000;Anna;Zorg;L;Helpende'],
    ['mixed case and padding', ' PERSONEELSNUMMER ;naam;AfDeLiNg; LAAG;functie', '1000;Anna;Zorg;L;Helpende'],
    ['another order', 'Functie;Laag;Afdeling;Naam;Personeelsnummer', 'Helpende;L;Zorg;Anna;1000'],
    ['medewerkernummer', 'Medewerkernummer;Naam;Afdeling;Laag;Functie', '1000;Anna;Zorg;L;Helpende'],
    [
      'extra unknown columns',
      'Kostenplaats;Personeelsnummer;Geboortedatum;Naam;Afdeling;Laag;Functie;;Opmerking',
      'K12;1000;01-02-1980;Anna;Zorg;L;Helpende;x;iets',
    ],
  ])('reads %s', (_name, header, line) => {
    expect(onlyRow(header, line)).toEqual({
      line: 2,
      email: null,
      location: null,
      digitalSkill: null,
      ...expected,
    });
  });

  it.each([
    ['E-mail', 'Digitale vaardigheid'],
    ['e-mailadres', 'digital skill'],
    ['Email address', 'digital_skill'],
    ['email', 'DIGITALE VAARDIGHEID'],
  ])('reads e-mail header %s and digital skill header %s', (emailHeader, skillHeader) => {
    const row = onlyRow(`${HEADER};${emailHeader};${skillHeader}`, '1000;Anna;Zorg;L;anna@zorg.example;hoog');
    expect(row).toMatchObject({ email: 'anna@zorg.example', digitalSkill: 'high' });
  });

  it('reports all missing required columns in one error and reads no rows', () => {
    const result = parseLines(['Naam;E-mailadres;Functie', 'Anna;anna@zorg.example;Helpende']);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 1,
        column: null,
        code: 'missing_columns',
        message: 'Missing required column(s): employee_number, department, layer',
      },
    ]);
  });

  it('reports a missing required column when the file has only a header', () => {
    expect(parseLines(['Personeelsnummer;Naam;Afdeling']).errors).toEqual([
      expect.objectContaining({ line: 1, code: 'missing_columns', message: 'Missing required column(s): layer' }),
    ]);
  });

  it('reports two headers for the same column as one duplicate_column error', () => {
    const result = parseLines(['Personeelsnummer;Naam;name;Afdeling;Laag', '1000;Anna;Anna;Zorg;L']);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, column: 'name', code: 'duplicate_column', message: expect.any(String) }]);
  });

  it('exports the columns in export order with Dutch and English names', () => {
    expect(IMPORT_COLUMNS.map((column) => [column.key, column.nl, column.en, column.required])).toEqual([
      ['employee_number', 'Personeelsnummer', 'employee_number', true],
      ['name', 'Naam', 'name', true],
      ['email', 'E-mailadres', 'email', false],
      ['department', 'Afdeling', 'department', true],
      ['layer', 'Laag', 'layer', true],
      ['job_title', 'Functie', 'job_title', false],
      ['location', 'Locatie', 'location', false],
      ['digital_skill', 'Digitale vaardigheid', 'digital_skill', false],
    ]);
  });
});

describe('cells', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const row = onlyRow(
      `${HEADER};Functie;Locatie`,
      '1000;"Jansen; Piet";Zorg;L;"Verzorgende ""IG"" niveau 3";"Huis A\r\nVleugel B"',
    );
    expect(row).toMatchObject({
      name: 'Jansen; Piet',
      jobTitle: 'Verzorgende "IG" niveau 3',
      location: 'Huis A\r\nVleugel B',
    });
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('numbers lines physically after a 3-line quoted cell, a blank line and a separator line (%s)', (_name, eol) => {
    const result = parseLines(
      [
        `${HEADER};Functie`, // 1
        `1000;Anna;Zorg;L;"Verpleegkundige${eol}niveau 4;${eol}nachtdienst"`, // 2-4
        '', // 5
        ';;;;', // 6
        '1001;;Zorg;L;Helpende', // 7
        '1002;"Piet ""PJ"" de Boer";Zorg;L;Helpende', // 8
      ],
      eol,
    );
    expect(result.rows.map((row) => [row.line, row.employeeNumber])).toEqual([
      [2, '1000'],
      [8, '1002'],
    ]);
    expect(result.rows[0]?.jobTitle).toBe(`Verpleegkundige${eol}niveau 4;${eol}nachtdienst`);
    expect(result.rows[1]?.name).toBe('Piet "PJ" de Boer');
    expect(result.errors).toEqual([{ line: 7, column: 'name', code: 'required', message: expect.any(String) }]);
  });

  it('trims every cell, also inside quotes and around them', () => {
    const row = onlyRow(`${HEADER};E-mailadres;Functie`, '  1000 ; Anna  ;" Zorg ";\tL\t;  "  a@b.nl  "  ; Helpende ');
    expect(row).toMatchObject({
      employeeNumber: '1000',
      name: 'Anna',
      departmentPath: ['Zorg'],
      layer: 'L',
      email: 'a@b.nl',
      jobTitle: 'Helpende',
    });
  });

  it('skips blank lines, whitespace lines and separator-only lines while still counting them', () => {
    const result = parseLines([HEADER, '', '1000;Anna;Zorg;L', '   ', ';;;;;;;', ' ; ; ', '1001;Bram;Zorg;L', '', '']);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.employeeNumber])).toEqual([
      [3, '1000'],
      [7, '1001'],
    ]);
  });

  it('numbers rows from the header line when blank lines precede the header', () => {
    const result = parseLines(['', ';;;', HEADER, '1000;;Zorg;L']);
    expect(result.errors).toEqual([expect.objectContaining({ line: 4, code: 'required', column: 'name' })]);
  });

  it('tolerates rows with fewer or more cells than the header', () => {
    const result = parseLines([`${HEADER};Functie;Locatie`, '1000;Anna;Zorg;L', '1001;Bram;Zorg;L;Helpende;Huis;x;y']);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({ employeeNumber: '1000', jobTitle: null, location: null }),
      expect.objectContaining({ employeeNumber: '1001', jobTitle: 'Helpende', location: 'Huis' }),
    ]);
  });

  it('keeps a stray quote inside an unquoted cell as text', () => {
    expect(onlyRow(HEADER, '1000;Jan "de Boer" Jansen;Zorg;L').name).toBe('Jan "de Boer" Jansen');
  });

  it('reports an unclosed quote as malformed_csv on the line where the cell starts, after the rows before it', () => {
    const result = parseLines([HEADER, '1000;;Zorg;L', '', '1001;"Bram;Zorg;L', '1002;Cor;Zorg;L']);
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 2, code: 'required', column: 'name' }),
      { line: 4, column: null, code: 'malformed_csv', message: expect.any(String) },
    ]);
  });

  it('reports text after a closing quote as malformed_csv without throwing', () => {
    const result = parseLines([HEADER, '1000;Anna;Zorg;L', '1001;"Bram"x;Zorg;L']);
    expect(result.errors).toEqual([{ line: 3, column: null, code: 'malformed_csv', message: expect.any(String) }]);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ["'=SUM(A1:A3)", '=SUM(A1:A3)'],
    ["'+31 6 1234", '+31 6 1234'],
    ["'-Anna", '-Anna'],
    ["'@Anna", '@Anna'],
    ["''=x", "'=x"],
    ["'t Hart", "'t Hart"],
    ["Anna'=", "Anna'="],
  ])('reads %s as %s', (cell, value) => {
    expect(onlyRow(HEADER, `1000;${cell};Zorg;L`).name).toBe(value);
  });

  it('removes the prefix before splitting the department path', () => {
    expect(onlyRow(HEADER, "1000;Anna;'-Zorg/-Team;L").departmentPath).toEqual(['-Zorg', '-Team']);
  });
});

describe('row validation', () => {
  const FULL = (cells: Partial<Record<'number' | 'name' | 'email' | 'department' | 'layer' | 'skill', string>>) =>
    [
      cells.number ?? '1000',
      cells.name ?? 'Anna',
      cells.email ?? 'anna@zorg.example',
      cells.department ?? 'Zorg',
      cells.layer ?? 'L',
      'Helpende',
      'Huis',
      cells.skill ?? 'low',
    ].join(';');

  it('reports every empty required cell of a row, each with its column', () => {
    const errors = errorsOf(FULL_HEADER, FULL({ number: ' ', name: '', department: '', layer: '' }));
    expect(errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [2, 'employee_number', 'required'],
      [2, 'name', 'required'],
      [2, 'department', 'required'],
      [2, 'layer', 'required'],
    ]);
  });

  it('reads empty optional cells as null', () => {
    expect(onlyRow(FULL_HEADER, '1000;Anna;;Zorg;L;;;')).toMatchObject({
      email: null,
      jobTitle: null,
      location: null,
      digitalSkill: null,
    });
  });

  it('does not judge the layer name (the caller checks it against the organisation)', () => {
    expect(onlyRow(FULL_HEADER, FULL({ layer: 'Stagiair' })).layer).toBe('Stagiair');
  });

  it('lower-cases e-mail addresses', () => {
    expect(onlyRow(FULL_HEADER, FULL({ email: 'Anna.de.Vries@Zorggroep-Horizon.NL' })).email).toBe(
      'anna.de.vries@zorggroep-horizon.nl',
    );
  });

  it.each([
    'anna',
    'anna@',
    '@zorg.nl',
    'anna@zorg',
    'anna@@zorg.nl',
    'anna@zorg@horizon.nl',
    'anna de vries@zorg.nl',
    'anna@zorg..nl',
    'anna@.zorg.nl',
    'anna@zorg.nl.',
    `${'a'.repeat(250)}@zorg.nl`,
  ])('reports e-mail %s as invalid_email', (email) => {
    expect(errorsOf(FULL_HEADER, FULL({ email }))).toEqual([
      { line: 2, column: 'email', code: 'invalid_email', message: expect.any(String) },
    ]);
  });

  it.each([
    ['low', 'low'],
    ['Medium', 'medium'],
    ['HIGH', 'high'],
    ['laag', 'low'],
    ['Gemiddeld', 'medium'],
    ['HOOG', 'high'],
  ])('reads digital skill %s as %s', (skill, expected) => {
    expect(onlyRow(FULL_HEADER, FULL({ skill })).digitalSkill).toBe(expected);
  });

  it.each(['expert', 'midden', '3'])('reports digital skill %s as invalid_digital_skill', (skill) => {
    expect(errorsOf(FULL_HEADER, FULL({ skill }))).toEqual([
      { line: 2, column: 'digital_skill', code: 'invalid_digital_skill', message: expect.any(String) },
    ]);
  });

  it('splits the department path on / and trims each level', () => {
    expect(
      onlyRow(FULL_HEADER, FULL({ department: 'Wonen en Zorg / De Linde/ Afdeling Beuk' })).departmentPath,
    ).toEqual(['Wonen en Zorg', 'De Linde', 'Afdeling Beuk']);
  });

  it('accepts 10 levels and department names of 200 characters', () => {
    const tenLevels = Array.from({ length: 10 }, (_, i) => `D${i}`).join('/');
    expect(onlyRow(FULL_HEADER, FULL({ department: tenLevels })).departmentPath).toHaveLength(10);
    expect(onlyRow(FULL_HEADER, FULL({ department: `Zorg/${'x'.repeat(200)}` })).departmentPath[1]).toHaveLength(200);
  });

  it.each([
    ['an empty level', 'Wonen en Zorg//Beuk'],
    ['a leading slash', '/Wonen en Zorg'],
    ['a trailing slash', 'Wonen en Zorg/'],
    ['a blank level', 'Wonen en Zorg/ /Beuk'],
    ['11 levels', Array.from({ length: 11 }, (_, i) => `D${i}`).join('/')],
    ['a name of 201 characters', `Zorg/${'x'.repeat(201)}`],
  ])('reports a department with %s as invalid_department', (_name, department) => {
    expect(errorsOf(FULL_HEADER, FULL({ department }))).toEqual([
      { line: 2, column: 'department', code: 'invalid_department', message: expect.any(String) },
    ]);
  });

  it('reports cells over 500 characters and employee numbers over 50 as too_long', () => {
    expect(errorsOf(FULL_HEADER, FULL({ number: '1'.repeat(51), name: 'n'.repeat(501) }))).toEqual([
      { line: 2, column: 'employee_number', code: 'too_long', message: expect.any(String) },
      { line: 2, column: 'name', code: 'too_long', message: expect.any(String) },
    ]);
    expect(errorsOf(FULL_HEADER, FULL({ department: 'd'.repeat(501) })).map((error) => error.code)).toEqual([
      'too_long',
    ]);
  });

  it('accepts an employee number of 50 and a name of 500 characters', () => {
    const row = onlyRow(FULL_HEADER, FULL({ number: '1'.repeat(50), name: 'n'.repeat(500) }));
    expect([row.employeeNumber.length, row.name.length]).toEqual([50, 500]);
  });

  it('reports several problems of one row together', () => {
    const errors = errorsOf(FULL_HEADER, FULL({ name: '', email: 'anna', department: 'A//B', skill: 'veel' }));
    expect(errors.map((error) => error.code)).toEqual([
      'required',
      'invalid_email',
      'invalid_department',
      'invalid_digital_skill',
    ]);
  });
});

describe('duplicate employee numbers', () => {
  it('reports the later line, names the earlier one, and keeps only the first row', () => {
    const result = parseLines([HEADER, '1005;Anna;Zorg;L', '1006;Bram;Zorg;L', '', '1005;Anna bis;Zorg;L']);
    expect(result.rows.map((row) => [row.line, row.employeeNumber, row.name])).toEqual([
      [2, '1005', 'Anna'],
      [3, '1006', 'Bram'],
    ]);
    expect(result.errors).toEqual([
      {
        line: 5,
        column: 'employee_number',
        code: 'duplicate_employee_number',
        message: 'Employee number 1005 also appears on line 2.',
      },
    ]);
  });

  it('compares numbers after trimming', () => {
    const result = parseLines([HEADER, ' 1003 ;Anna;Zorg;L', '1003;Bram;Zorg;L']);
    expect(result.rows.map((row) => row.employeeNumber)).toEqual(['1003']);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, code: 'duplicate_employee_number' })]);
  });

  it('keeps numbers as text, so leading zeros make a different number', () => {
    const result = parseLines([HEADER, '00123;Anna;Zorg;L', '123;Bram;Zorg;L']);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.employeeNumber)).toEqual(['00123', '123']);
  });

  it('names the first line for every later duplicate, also when the first row had other errors', () => {
    const result = parseLines([HEADER, '7;;Zorg;L', '7;Bram;Zorg;L', '7;Cor;Zorg;L']);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => [error.line, error.code, error.message])).toEqual([
      [2, 'required', expect.any(String)],
      [3, 'duplicate_employee_number', 'Employee number 7 also appears on line 2.'],
      [4, 'duplicate_employee_number', 'Employee number 7 also appears on line 2.'],
    ]);
  });
});

describe('row limit', () => {
  const manyRows = (count: number) =>
    HEADER + '\n' + Array.from({ length: count }, (_, i) => `${i};Medewerker ${i};Zorg;L\n`).join('');

  it(`reads exactly ${MAX_ROWS} rows`, () => {
    const result = parseEmployeeCsv(manyRows(MAX_ROWS));
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(MAX_ROWS);
  });

  it(`rejects more than ${MAX_ROWS} rows with a single too_many_rows error`, () => {
    const result = parseEmployeeCsv(manyRows(MAX_ROWS + 1));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: MAX_ROWS + 2, column: null, code: 'too_many_rows', message: expect.any(String) },
    ]);
  });
});

describe('fixtures from server/src/test/fixtures', () => {
  const fixture = (name: string): Buffer => {
    const file = path.join(FIXTURES, name);
    if (!existsSync(file))
      throw new Error(`Fixture ${file} is missing; FIXTURES must point at server/src/test/fixtures`);
    return readFileSync(file);
  };

  it('reads zorggroep-horizon.csv (comma, no BOM) without errors', () => {
    const result = parseEmployeeCsv(fixture('zorggroep-horizon.csv'));
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(',');
    expect(result.encoding).toBe('utf-8');
    expect(result.rows).toHaveLength(529);
    expect(new Set(result.rows.map((row) => row.departmentPath.join('/'))).size).toBe(20);
    expect(result.rows.find((row) => row.employeeNumber === '1002')?.name).toBe('Bram Yılmaz');
  });

  it('reads the AFAS export (semicolon, BOM, CRLF, Dutch headers) with exactly its two errors', () => {
    const bytes = fixture('zorggroep-horizon-afas-export.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const result = parseEmployeeCsv(bytes);
    expect(result.delimiter).toBe(';');
    expect(result.encoding).toBe('utf-8');
    expect(result.errors).toEqual([
      {
        line: 12,
        column: 'employee_number',
        code: 'duplicate_employee_number',
        message: 'Employee number 1005 also appears on line 7.',
      },
      { line: 23, column: 'name', code: 'required', message: expect.any(String) },
    ]);
    expect(result.rows).toHaveLength(528);
    expect(result.rows.find((row) => row.layer === 'Stagiair')).toMatchObject({ line: 33, employeeNumber: '1030' });
    expect(result.rows.find((row) => row.employeeNumber === '1003')?.line).toBe(5);
    // Line 42 is blank, so every later row sits one line further than its position in the data.
    expect(result.rows.at(-1)?.line).toBe(532);
  });
});
