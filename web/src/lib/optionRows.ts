/** An option's field as `option-label`/`option-value` name it; an option that is no object is its own label and value. */
function field(option: unknown, name: string): unknown {
  return typeof option === 'object' && option !== null ? (option as Record<string, unknown>)[name] : option;
}

/** The options of a choice as rows: their position as key, their label as text and their value as given. */
export function optionRows<T>(options: readonly unknown[], labelField: string, valueField: string) {
  return options.map((option, index) => ({
    key: String(index),
    label: String(field(option, labelField) ?? ''),
    value: field(option, valueField) as T,
  }));
}
