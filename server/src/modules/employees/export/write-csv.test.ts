import { describe, expect, it } from 'vitest';
import { parseEmployeeCsv } from '../import/parse-csv.ts';
import { writeEmployeeCsv, type ExportRow } from './write-csv.ts';

const anna: ExportRow = {
  employeeNumber: '1000',
  name: 'Anna van den Berg',
  email: 'anna@zorggroep-horizon.example',
  departmentPath: ['Wonen en Zorg', 'De Linde', 'Afdeling Beuk'],
  layer: 'Zorg en behandeling',
  jobTitle: 'Verpleegkundige',
  location: 'De Linde',
  digitalSkill: 'medium',
};

const bram: ExportRow = {
  employeeNumber: '00123',
  name: 'Bram',
  email: null,
  departmentPath: ['Raad van Bestuur'],
  layer: 'Bestuur en directie',
  jobTitle: null,
  location: null,
  digitalSkill: null,
};

const BOM = '\uFEFF';

function text(buffer: Buffer): string {
  return buffer.toString('utf8');
}

/** The data cells of the first data row, for rows without quoted cells. */
function cellsOfFirstRow(buffer: Buffer): string[] {
  return text(buffer).split('\r\n')[1]!.split(';');
}

describe('writeEmployeeCsv', () => {
  it('writes UTF-8 with BOM, ; and CRLF, ending with a line break', () => {
    const buffer = writeEmployeeCsv([anna, bram], { headers: 'nl' });
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(buffer)).toBe(
      BOM +
        'Personeelsnummer;Naam;E-mailadres;Afdeling;Laag;Functie;Locatie;Digitale vaardigheid\r\n' +
        '1000;Anna van den Berg;anna@zorggroep-horizon.example;Wonen en Zorg/De Linde/Afdeling Beuk;' +
        'Zorg en behandeling;Verpleegkundige;De Linde;medium\r\n' +
        '00123;Bram;;Raad van Bestuur;Bestuur en directie;;;\r\n',
    );
  });

  it('writes the canonical keys as English headers', () => {
    expect(text(writeEmployeeCsv([], { headers: 'en' }))).toBe(
      `${BOM}employee_number;name;email;department;layer;job_title;location;digital_skill\r\n`,
    );
  });

  it('writes only the header for no employees', () => {
    expect(text(writeEmployeeCsv([], { headers: 'nl' })).split('\r\n')).toEqual([
      `${BOM}Personeelsnummer;Naam;E-mailadres;Afdeling;Laag;Functie;Locatie;Digitale vaardigheid`,
      '',
    ]);
  });

  it('writes accented characters as UTF-8', () => {
    const buffer = writeEmployeeCsv([{ ...anna, name: 'Zoë Yılmaz', departmentPath: ['Financiën'] }], {
      headers: 'nl',
    });
    expect(buffer.includes(Buffer.from('Zoë Yılmaz', 'utf8'))).toBe(true);
    expect(cellsOfFirstRow(buffer)[3]).toBe('Financiën');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-Anna', "'-Anna"],
    ['@Anna', "'@Anna"],
    ['\tAnna', "'\tAnna"],
    ["'=x", "''=x"],
    ["'t Hart", "'t Hart"],
    ['Anna-Marie', 'Anna-Marie'],
  ])('neutralises a cell starting with a formula character: %j → %s', (name, written) => {
    expect(cellsOfFirstRow(writeEmployeeCsv([{ ...anna, name }], { headers: 'nl' }))[1]).toBe(written);
  });

  it('neutralises cells that start with a formula character in every column', () => {
    const hostile: ExportRow = {
      employeeNumber: '-1',
      name: '=1+1',
      email: '@x.nl',
      departmentPath: ['+Zorg', 'Team'],
      layer: '-L',
      jobTitle: '=A1',
      location: '@B2',
      digitalSkill: 'low',
    };
    expect(cellsOfFirstRow(writeEmployeeCsv([hostile], { headers: 'nl' }))).toEqual([
      "'-1",
      "'=1+1",
      "'@x.nl",
      "'+Zorg/Team",
      "'-L",
      "'=A1",
      "'@B2",
      'low',
    ]);
  });

  it('quotes cells with ;, quotes or line breaks and leaves other cells bare', () => {
    const buffer = writeEmployeeCsv(
      [{ ...anna, name: 'Jansen; Piet', jobTitle: 'Verzorgende "IG"', location: 'Huis A\nVleugel B' }],
      { headers: 'nl' },
    );
    expect(text(buffer).split('\r\n')[1]).toBe(
      '1000;"Jansen; Piet";anna@zorggroep-horizon.example;Wonen en Zorg/De Linde/Afdeling Beuk;' +
        'Zorg en behandeling;"Verzorgende ""IG""";"Huis A\nVleugel B";medium',
    );
  });

  it('quotes a lone CR so it cannot end the row', () => {
    const buffer = writeEmployeeCsv([{ ...anna, location: 'Huis A\rVleugel B' }], { headers: 'nl' });
    expect(text(buffer)).toContain(';"Huis A\rVleugel B";');
  });
});

describe('round trip: parseEmployeeCsv(writeEmployeeCsv(rows))', () => {
  const tricky: ExportRow[] = [
    anna,
    bram,
    {
      employeeNumber: '1002',
      name: 'Jansen; "PJ" Piet',
      email: 'pj@zorg.example',
      departmentPath: ['Ondersteunende diensten', 'Financiën'],
      layer: 'Ondersteuning',
      jobTitle: 'Regel 1\r\nRegel 2\nRegel 3',
      location: 'Kantoor, Centrum',
      digitalSkill: 'high',
    },
    {
      employeeNumber: '-7',
      name: '=SUM(A1:A3)',
      email: null,
      departmentPath: ['-Zorg', '@Team'],
      layer: '+Laag',
      jobTitle: "'=niet uitrekenen",
      location: "'s-Hertogenbosch",
      digitalSkill: 'low',
    },
    {
      employeeNumber: '1004',
      name: 'Zoë Yılmaz-Ç’t Hart',
      email: 'zoe@zorg.example',
      departmentPath: ['Wonen en Zorg', 'Het Baken', 'Psychogeriatrie'],
      layer: 'Zorg en behandeling',
      jobTitle: 'Ergotherapeut – €',
      location: 'Rivierzicht',
      digitalSkill: 'medium',
    },
  ];

  it.each(['nl', 'en'] as const)('gives back the same rows with %s headers', (headers) => {
    const parsed = parseEmployeeCsv(writeEmployeeCsv(tricky, { headers }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.rows.map(({ line: _line, ...row }) => row)).toEqual(tricky);
  });

  it('numbers the re-imported rows by physical line, counting the lines inside quoted cells', () => {
    const parsed = parseEmployeeCsv(writeEmployeeCsv(tricky, { headers: 'nl' }));
    // Row 3's job title spans three lines, so row 4 starts on line 7.
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 4, 7, 8]);
  });
});
