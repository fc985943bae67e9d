/** A column of a PlainTable: its key (the cell slot `cell-<key>`, the sort key), its header, and how it sorts. */
export interface TableColumn {
  key: string;
  header: string;
  sortable?: boolean;
  /** A class for the column's header and cells (alignment, width). */
  class?: string;
  /** The column's name on each of its cells (`data-label`), for layouts without a header row (cards on a phone). */
  cellLabel?: string;
}

export interface TableSort {
  key: string;
  order: 'asc' | 'desc';
}

/** Compares two cell values for a sort in the user's language: numbers and dates by value, texts as a person would. */
export function compareValues(a: unknown, b: unknown, collator: Intl.Collator): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return collator.compare(String(a), String(b));
}
