type Messages = { [key: string]: string | Messages };

/** Dotted paths of every leaf message, e.g. `auth.login.title`. */
export function flattenKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : flattenKeys(value, path);
  });
}

export function keyDifferences(a: Messages, b: Messages): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const first = new Set(flattenKeys(a));
  const second = new Set(flattenKeys(b));
  return {
    onlyInFirst: [...first].filter((key) => !second.has(key)).sort(),
    onlyInSecond: [...second].filter((key) => !first.has(key)).sort(),
  };
}
