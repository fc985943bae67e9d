import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http.ts';
import * as roomsApi from '../api/rooms.ts';
import { useTestPinia } from '../test/pinia.ts';
import { useRoomsStore } from './rooms.ts';

vi.mock('../api/rooms.ts');
const api = vi.mocked(roomsApi);

const room = (id: number, name: string, extra: object = {}) => ({
  id: `6f1c2d3e-0000-4000-8000-${String(id).padStart(12, '0')}`,
  name,
  capacity: null,
  active: true,
  ...extra,
});

beforeEach(() => {
  vi.resetAllMocks();
  useTestPinia();
});

describe('rooms store', () => {
  it('reads every page of rooms, by name, and tells the active ones apart', async () => {
    api.listRooms
      .mockResolvedValueOnce({
        items: [room(1, 'Zaal 10'), room(2, 'Atelier', { active: false })],
        total: 3,
        nextCursor: 'x',
      })
      .mockResolvedValueOnce({ items: [room(3, 'Zaal 2')], total: 3, nextCursor: null });
    const store = useRoomsStore();

    await store.load();

    expect(api.listRooms.mock.calls.map(([query]) => query)).toEqual([
      { limit: 200, offset: 0 },
      { limit: 200, offset: 2 },
    ]);
    expect(store.items.map((item) => item.name)).toEqual(['Atelier', 'Zaal 2', 'Zaal 10']);
    expect(store.active.map((item) => item.name)).toEqual(['Zaal 2', 'Zaal 10']);
    expect(store.loaded).toBe(true);
  });

  it('keeps a failed load as an error, not as an empty list', async () => {
    api.listRooms.mockRejectedValue(new ApiError({ status: 503, code: 'unavailable' }));
    const store = useRoomsStore();

    await store.load();

    expect(store.error?.code).toBe('unavailable');
    expect(store.loaded).toBe(false);
  });

  it('adds, changes and deletes rooms, and leaves the list alone when the server refuses', async () => {
    api.listRooms.mockResolvedValue({ items: [room(1, 'Zaal 1')], total: 1, nextCursor: null });
    api.createRoom.mockResolvedValue(room(2, 'Atelier', { capacity: 8 }));
    api.updateRoom.mockResolvedValue(room(1, 'Zaal 1', { active: false }));
    api.deleteRoom.mockRejectedValueOnce(new ApiError({ status: 409, code: 'room_in_use' }));
    const store = useRoomsStore();
    await store.load();

    await store.create({ name: 'Atelier', capacity: 8 });
    await store.update(room(1, '').id, { active: false });
    await expect(store.remove(room(1, '').id)).rejects.toMatchObject({ code: 'room_in_use' });

    expect(store.items.map((item) => [item.name, item.active])).toEqual([
      ['Atelier', true],
      ['Zaal 1', false],
    ]);
    api.deleteRoom.mockResolvedValue(undefined as never);
    await store.remove(room(2, '').id);
    expect(store.items.map((item) => item.name)).toEqual(['Zaal 1']);
  });
});
