/** The server has the last word; these checks only spare a round trip for obvious mistakes. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function isValidPassword(password: string): boolean {
  // Count code points, as the server's JSON Schema does, so an emoji counts as one character.
  const length = [...password].length;
  return length >= PASSWORD_MIN && length <= PASSWORD_MAX;
}

export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
}

/** Department names become parts of a path ("Wonen en Zorg / De Linde"), so a "/" inside one is refused. */
export function departmentNameProblem(name: string): string | null {
  if (!name.trim()) return 'validation.required';
  if (name.includes('/')) return 'departments.validation.noSlash';
  if (name.length > 200) return 'fieldErrors.too_long';
  return null;
}

/** A whole number between `min` and `max` from a number input's text; null when it is empty, a fraction or out of range. */
export function integerIn(value: string, min: number, max: number): number | null {
  const number = value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : null;
}

/** The limits of a coverage target's two numbers, as the server checks them. */
export const COVERAGE_TARGET_RANGES = {
  perEmployees: { min: 1, max: 10000 },
  minPerCell: { min: 0, max: 100 },
} as const;

type CoverageTargetField = keyof typeof COVERAGE_TARGET_RANGES;

/**
 * A coverage target from the text of its two number inputs; each number out of its range is reported to `invalid`
 * (with that range), and the target is then null.
 */
export function parseCoverageTarget(
  text: Record<CoverageTargetField, string>,
  invalid: (field: CoverageTargetField, range: { min: number; max: number }) => void,
): Record<CoverageTargetField, number> | null {
  const read = (field: CoverageTargetField): number | null => {
    const { min, max } = COVERAGE_TARGET_RANGES[field];
    const number = integerIn(text[field], min, max);
    if (number === null) invalid(field, { min, max });
    return number;
  };
  const perEmployees = read('perEmployees');
  const minPerCell = read('minPerCell');
  return perEmployees === null || minPerCell === null ? null : { perEmployees, minPerCell };
}

export function sameTarget(a: Record<CoverageTargetField, number>, b: Record<CoverageTargetField, number>): boolean {
  return a.perEmployees === b.perEmployees && a.minPerCell === b.minPerCell;
}
