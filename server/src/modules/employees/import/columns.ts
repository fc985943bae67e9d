/**
 * The employee CSV columns, shared by the importer and the exporter so that an export can always be re-imported.
 * `en` is the canonical key; `nl` is what Dutch HR systems and the Dutch export write. `aliases` are the extra
 * header spellings seen in AFAS, Youforce/Visma and Nmbrs exports, compared after `normaliseHeader`.
 */
export const IMPORT_COLUMNS = [
  {
    key: 'employee_number',
    nl: 'Personeelsnummer',
    en: 'employee_number',
    required: true,
    aliases: ['employee number', 'medewerkernummer'],
  },
  { key: 'name', nl: 'Naam', en: 'name', required: true, aliases: [] },
  { key: 'email', nl: 'E-mailadres', en: 'email', required: false, aliases: ['e-mail', 'email address'] },
  { key: 'department', nl: 'Afdeling', en: 'department', required: true, aliases: [] },
  { key: 'layer', nl: 'Laag', en: 'layer', required: true, aliases: [] },
  { key: 'job_title', nl: 'Functie', en: 'job_title', required: false, aliases: ['job title'] },
  { key: 'location', nl: 'Locatie', en: 'location', required: false, aliases: [] },
  {
    key: 'digital_skill',
    nl: 'Digitale vaardigheid',
    en: 'digital_skill',
    required: false,
    aliases: ['digital skill'],
  },
] as const satisfies readonly {
  key: string;
  nl: string;
  en: string;
  required: boolean;
  aliases: readonly string[];
}[];

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const REQUIRED_COLUMNS: readonly ImportColumnKey[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key);

// Underscores count as spaces so `employee_number`, `Employee Number` and `EMPLOYEE_NUMBER` are one header.
function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

const KEY_BY_HEADER = new Map<string, ImportColumnKey>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.key, column.nl, column.en, ...column.aliases].map((name) => [normaliseHeader(name), column.key] as const),
  ),
);

export type ResolvedHeader = {
  /** Cell index of every recognised column. */
  indexByKey: Map<ImportColumnKey, number>;
  missing: ImportColumnKey[];
  duplicates: ImportColumnKey[];
};

export function resolveHeader(cells: readonly string[]): ResolvedHeader {
  const indexByKey = new Map<ImportColumnKey, number>();
  const duplicates = new Set<ImportColumnKey>();
  cells.forEach((cell, index) => {
    const key = KEY_BY_HEADER.get(normaliseHeader(cell));
    if (key === undefined) return;
    if (indexByKey.has(key)) duplicates.add(key);
    else indexByKey.set(key, index);
  });
  return {
    indexByKey,
    missing: REQUIRED_COLUMNS.filter((key) => !indexByKey.has(key)),
    duplicates: IMPORT_COLUMNS.map((c) => c.key).filter((key) => duplicates.has(key)),
  };
}

export { neutraliseFormula, unneutraliseFormula } from '../../../http/excel-csv.ts';
