import type { CreateRoomBody, Room, UpdateRoomBody } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { asApiError, type ApiError } from '../api/http.ts';
import { fetchAllPages } from '../api/pages.ts';
import * as roomsApi from '../api/rooms.ts';

const byName = (a: Room, b: Room) => a.name.localeCompare(b.name, 'nl', { numeric: true });

/** The organisation's rooms, for the planner to put sessions in and for the admin to keep. */
export const useRoomsStore = defineStore('rooms', () => {
  const items = ref<Room[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);

  const active = computed(() => items.value.filter((room) => room.active));
  const byId = computed(() => new Map(items.value.map((room) => [room.id, room])));

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const page = await fetchAllPages((window) => roomsApi.listRooms(window));
      items.value = [...page.items].sort(byName);
      loaded.value = true;
      error.value = null;
    } catch (caught) {
      error.value = asApiError(caught);
    } finally {
      loading.value = false;
    }
  }

  /** Adds a room; a refusal (name taken, bad input) is thrown for the form to show. */
  async function create(body: CreateRoomBody): Promise<Room> {
    const room = await roomsApi.createRoom(body);
    items.value = [...items.value, room].sort(byName);
    return room;
  }

  async function update(id: string, body: UpdateRoomBody): Promise<Room> {
    const room = await roomsApi.updateRoom(id, body);
    items.value = items.value.map((item) => (item.id === id ? room : item)).sort(byName);
    return room;
  }

  /** Deletes a room; 409 `room_in_use` is thrown: such a room is deactivated instead. */
  async function remove(id: string): Promise<void> {
    await roomsApi.deleteRoom(id);
    items.value = items.value.filter((item) => item.id !== id);
  }

  function reset(): void {
    items.value = [];
    loaded.value = false;
    loading.value = false;
    error.value = null;
  }

  return { items, loaded, loading, error, active, byId, load, create, update, remove, reset };
});
