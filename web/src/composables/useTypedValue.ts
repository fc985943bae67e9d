import { ref, watch, type Ref } from 'vue';

export interface TypedValueFormat {
  /** The value the text stands for while it is being typed, or null while it is not (yet) one. */
  reading: (text: string) => string | null;
  /** The value the text stands for once the field is left: may also take short forms. */
  final: (text: string) => string | null;
  /** The value written in the field. */
  write: (value: string) => string;
}

/**
 * The text of a field that holds a value typed in words or figures (a day, a time). The model follows the text while
 * it reads as a value or is empty; leaving the field writes the value back the standard way. Text that is not a value
 * stays for the user to fix, marked `unreadable`, and the model holds none (''). A value set from outside shows in the
 * field; the one just typed stays as typed until the field is left.
 */
export function useTypedValue(model: Ref<string>, format: TypedValueFormat) {
  const text = ref(format.write(model.value));
  const unreadable = ref(false);

  watch(model, (value) => {
    if (value !== (format.final(text.value) ?? '')) {
      text.value = format.write(value);
      unreadable.value = false;
    }
  });

  function onInput(event: Event): void {
    text.value = (event.target as HTMLInputElement).value;
    const value = format.reading(text.value);
    if (value || !text.value.trim()) {
      unreadable.value = false;
      model.value = value ?? '';
    }
  }

  function commit(): void {
    const value = format.final(text.value);
    unreadable.value = !value && !!text.value.trim();
    if (value) text.value = format.write(value);
    model.value = value ?? '';
  }

  /** Puts a value in the field and the model at once (a day picked in the calendar, a time stepped with the arrows). */
  function set(value: string): void {
    text.value = format.write(value);
    unreadable.value = false;
    model.value = value;
  }

  return { text, unreadable, onInput, commit, set };
}
