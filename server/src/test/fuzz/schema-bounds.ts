import type { JsonSchema } from './arbitraries.ts';

export type MissingBound = { path: string; type: string; missing: string[] };

/** `string, format uuid` or `string, pattern ^…$`: what bounds the value today, if anything. */
function kind(schema: JsonSchema, type: string): string {
  if (typeof schema.format === 'string') return `${type}, format ${schema.format}`;
  if (typeof schema.pattern === 'string') return `${type}, pattern ${schema.pattern}`;
  return type;
}

const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/**
 * Every number without a finite lower and upper bound, and every string without a maxLength, in a request schema.
 * Enums and consts are bounded by their values. `path` names the field as a client would (`sessions[].title`).
 */
export function missingBounds(schema: JsonSchema | undefined, path = ''): MissingBound[] {
  if (!schema) return [];
  const found: MissingBound[] = [];
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alternatives = schema[keyword];
    if (Array.isArray(alternatives))
      for (const alternative of alternatives) found.push(...missingBounds(alternative as JsonSchema, path));
  }
  if (schema.properties && typeof schema.properties === 'object')
    for (const [key, property] of Object.entries(schema.properties as Record<string, JsonSchema>))
      found.push(...missingBounds(property, path ? `${path}.${key}` : key));
  if (schema.items && typeof schema.items === 'object')
    found.push(...missingBounds(schema.items as JsonSchema, `${path}[]`));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    found.push(...missingBounds(schema.additionalProperties as JsonSchema, `${path}.*`));
  if ('enum' in schema || 'const' in schema) return found;

  const types = [schema.type].flat().filter((t): t is string => typeof t === 'string');
  for (const type of types) {
    if (type === 'number' || type === 'integer') {
      const missing = [];
      if (!finite(schema.minimum) && !finite(schema.exclusiveMinimum)) missing.push('minimum');
      if (!finite(schema.maximum) && !finite(schema.exclusiveMaximum)) missing.push('maximum');
      if (missing.length > 0) found.push({ path: path || '(root)', type: kind(schema, type), missing });
    }
    if (type === 'string' && !finite(schema.maxLength))
      found.push({ path: path || '(root)', type: kind(schema, type), missing: ['maxLength'] });
  }
  return found;
}
