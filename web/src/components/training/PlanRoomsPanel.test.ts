import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as roomsApi from '../../api/rooms.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import PlanRoomsPanel from './PlanRoomsPanel.vue';

vi.mock('../../api/rooms.ts');
const api = vi.mocked(roomsApi);
const ZAAL = { id: '6f1c2d3e-0000-4000-8000-000000000801', name: 'Zaal 1', capacity: 12, active: true };

beforeEach(() => {
  vi.resetAllMocks();
  api.listRooms.mockResolvedValue({ items: [ZAAL], total: 1, nextCursor: null });
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountPanel() {
  const { wrapper } = await mountInApp(PlanRoomsPanel, { me: meFor('admin'), path: '/training/planner' });
  await flushPromises();
  return wrapper;
}

describe('PlanRoomsPanel', () => {
  it('lists the rooms and adds one, checking the places first', async () => {
    api.createRoom.mockResolvedValue({
      id: '6f1c2d3e-0000-4000-8000-000000000802',
      name: 'Atelier',
      capacity: 6,
      active: true,
    });
    const wrapper = await mountPanel();
    expect(wrapper.find('summary').text()).toBe('Lokalen beheren (1 actief)');
    expect(wrapper.find(`[data-testid="plan-room-${ZAAL.id}"]`).text()).toContain('Zaal 1');

    await wrapper.find('#plan-room-name').setValue('Atelier');
    await wrapper.find('#plan-room-capacity').setValue('0');
    await wrapper.find('[data-testid="plan-room-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#plan-room-capacity-error').text()).toContain('1 tot en met 1000');
    expect(api.createRoom).not.toHaveBeenCalled();

    await wrapper.find('#plan-room-capacity').setValue('6');
    await wrapper.find('[data-testid="plan-room-form"]').trigger('submit');
    await flushPromises();
    expect(api.createRoom).toHaveBeenCalledWith({ name: 'Atelier', capacity: 6 });
    expect(wrapper.findAll('tbody tr').map((row) => row.find('th').text())).toEqual(['Atelier', 'Zaal 1']);
    expect((wrapper.find('#plan-room-name').element as HTMLInputElement).value).toBe('');
  });

  it('shows a taken name next to the field, and says to deactivate a room that is in use', async () => {
    api.createRoom.mockRejectedValue(new ApiError({ status: 409, code: 'room_name_taken' }));
    api.deleteRoom.mockRejectedValue(new ApiError({ status: 409, code: 'room_in_use' }));
    api.updateRoom.mockResolvedValue({ ...ZAAL, active: false });
    const wrapper = await mountPanel();

    await wrapper.find('#plan-room-name').setValue('zaal 1');
    await wrapper.find('[data-testid="plan-room-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#plan-room-name-error').text()).toBe('Er is al een lokaal met deze naam.');
    expect(wrapper.find('#plan-room-name').attributes('aria-describedby')).toBe('plan-room-name-error');

    const [deactivate, remove] = wrapper.findAll(`[data-testid="plan-room-${ZAAL.id}"] button`);
    // The accessible name starts with the visible text.
    expect(remove!.text()).toBe('Verwijderen Zaal 1');
    await remove!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="plan-rooms-error"]').text()).toContain('Deactiveer het');

    await deactivate!.trigger('click');
    await flushPromises();
    expect(api.updateRoom).toHaveBeenCalledWith(ZAAL.id, { active: false });
    expect(wrapper.find(`[data-testid="plan-room-${ZAAL.id}"]`).text()).toContain('Niet actief');
  });
});
