/**
 * JSON text as a hostile client writes it. `JSON.stringify` cannot write `1e400` (which the server's JSON.parse reads
 * as Infinity), a 40-digit integer, or deep nesting beyond its own stack, so such values are carried as `RawJson`
 * and written verbatim.
 */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `<raw ${this.text.length > 80 ? `${this.text.slice(0, 80)}… (${this.text.length} chars)` : this.text}>`;
  }
}

export const raw = (text: string) => new RawJson(text);

/** Writes a generated value as JSON text; own `__proto__` keys and `RawJson` values are written as they are. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') {
    // -0 stays -0 on the wire: JSON.stringify would write 0.
    if (Object.is(value, -0)) return '-0';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  return `{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}:${toJsonText((value as Record<string, unknown>)[key])}`)
    .join(',')}}`;
}

/** A value as one query-string value, the way a client stringifies it (`String(x)`, JSON for objects). */
export function toQueryText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value === null) return 'null';
  if (value === undefined) return '';
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'object') return toJsonText(value);
  return String(value);
}
