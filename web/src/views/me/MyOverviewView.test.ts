import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ambassadorsApi from '../../api/ambassadors.ts';
import { ApiError } from '../../api/http.ts';
import { mountInApp } from '../../test/app.ts';
import { ambassadorDetail, meFor } from '../../test/fixtures.ts';
import MyOverviewView from './MyOverviewView.vue';

vi.mock('../../api/ambassadors.ts');
const api = vi.mocked(ambassadorsApi);

const own = ambassadorDetail({
  status: 'active',
  roles: ['digital_buddy'],
  motivation: 'Collega’s helpen',
  hoursPerMonth: 4,
  startDate: '2025-03-10',
});

beforeEach(() => {
  vi.resetAllMocks();
  api.getAmbassador.mockResolvedValue(own);
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MyOverviewView', () => {
  it('shows her own status and roles and saves her motivation and hours', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, {
      me: {
        ...meFor('ambassador'),
        employee: { id: own.employeeId, name: own.employee.name },
        ambassador: { id: own.id, status: 'active' },
      },
      path: '/me',
    });
    await flushPromises();
    api.updateAmbassador.mockResolvedValue({ ...own, motivation: 'Ik leer collega’s Teams', hoursPerMonth: 6 });

    expect(api.getAmbassador).toHaveBeenCalledWith(own.id);
    const record = wrapper.find('[data-testid="my-record"]');
    expect(record.find('[data-testid="ambassador-status-active"]').exists()).toBe(true);
    expect(record.text()).toContain('Digitale buddy');
    expect(record.text()).toContain('10 maart 2025');

    await wrapper.find('#own-motivation').setValue('Ik leer collega’s Teams');
    await wrapper.find('#own-hours').setValue('6');
    await wrapper.find('[data-testid="own-ambassador-form"]').trigger('submit');
    await flushPromises();

    expect(api.updateAmbassador).toHaveBeenCalledWith(own.id, {
      motivation: 'Ik leer collega’s Teams',
      hoursPerMonth: 6,
    });
  });

  it('tells an account without an ambassador record whom to ask', async () => {
    const { wrapper } = await mountInApp(MyOverviewView, { me: meFor('ambassador'), path: '/me' });
    await flushPromises();

    expect(api.getAmbassador).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="my-not-linked"]').text()).toContain('Vraag het communicatieteam');
  });

  it('says so when her record cannot be loaded', async () => {
    api.getAmbassador.mockRejectedValue(new ApiError({ status: 403, code: 'forbidden' }));
    const { wrapper } = await mountInApp(MyOverviewView, {
      me: { ...meFor('ambassador'), ambassador: { id: own.id, status: 'active' } },
      path: '/me',
    });
    await flushPromises();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain(
      'Je ambassadeursgegevens konden niet worden geladen.',
    );
  });
});
