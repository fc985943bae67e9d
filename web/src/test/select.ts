import { nextTick } from 'vue';

/** A select, or a test-utils wrapper of one. */
type SelectLike = { element: Element } | Element;

const element = (select: SelectLike): HTMLSelectElement =>
  (select instanceof Element ? select : select.element) as HTMLSelectElement;

/** The texts of a native select's options, trimmed, the placeholder first. */
export function optionLabels(select: SelectLike): string[] {
  return [...element(select).options].map((option) => (option.textContent ?? '').trim());
}

/** The text of the option a native select shows, trimmed. */
export function chosenLabel(select: SelectLike): string {
  const el = element(select);
  return (el.options[el.selectedIndex]?.textContent ?? '').trim();
}

/** Chooses the option whose text (trimmed) is `label`, as a user does: the select changes, then Vue renders. */
export async function chooseOption(select: SelectLike, label: string): Promise<void> {
  const el = element(select);
  const option = [...el.options].find((candidate) => (candidate.textContent ?? '').trim() === label);
  if (!option) throw new Error(`#${el.id} has no option "${label}", only: ${optionLabels(el).join(' | ')}`);
  el.value = option.value;
  el.dispatchEvent(new Event('change'));
  await nextTick();
}
