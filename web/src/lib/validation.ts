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
