import { sql, type SQL } from 'drizzle-orm';

/** Escapes `\`, `%` and `_` so user text matches literally inside a LIKE/ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A list of values as SQL parameters, for `x in (${sqlList(values)})` in a raw query. */
export function sqlList(values: readonly string[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}
