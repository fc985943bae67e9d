import { ref } from 'vue';

/**
 * Native HTML5 drag and drop for a vertical list: where the dragged item would land (before the item under the
 * pointer's upper half, after its lower half) and the complete new order on drop. Touch screens have no HTML5
 * drag, which is why every list that uses this also offers buttons to move an item one place.
 */
export function useDragReorder(currentIds: () => string[], onReorder: (ids: string[], movedId: string) => void) {
  const draggingId = ref<string | null>(null);
  /** Before the item at this index; the list's length means at the end. */
  const dropIndex = ref<number | null>(null);

  function onDragStart(event: DragEvent, id: string): void {
    draggingId.value = id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
    }
  }

  function onDragOver(event: DragEvent, index: number): void {
    if (draggingId.value === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    dropIndex.value = event.clientY > box.top + box.height / 2 ? index + 1 : index;
  }

  function onDragEnd(): void {
    draggingId.value = null;
    dropIndex.value = null;
  }

  function onDrop(event: DragEvent): void {
    event.preventDefault();
    const id = draggingId.value;
    const target = dropIndex.value;
    onDragEnd();
    if (id === null || target === null) return;
    const before = currentIds();
    const from = before.indexOf(id);
    if (from < 0) return;
    const ids = before.filter((other) => other !== id);
    ids.splice(target > from ? target - 1 : target, 0, id);
    if (ids.every((value, index) => value === before[index])) return;
    onReorder(ids, id);
  }

  return { draggingId, dropIndex, onDragStart, onDragOver, onDrop, onDragEnd };
}
