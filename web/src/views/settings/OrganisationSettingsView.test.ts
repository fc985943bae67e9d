import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as organisationApi from '../../api/organisation.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor, organisation } from '../../test/fixtures.ts';
import { chooseOption, chosenLabel } from '../../test/select.ts';
import OrganisationSettingsView from './OrganisationSettingsView.vue';

vi.mock('../../api/organisation.ts');
const api = vi.mocked(organisationApi);

beforeEach(() => {
  vi.resetAllMocks();
  api.getOrganisation.mockResolvedValue(organisation);
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountForm() {
  const mounted = await mountInApp(OrganisationSettingsView, { me: meFor('admin'), path: '/settings' });
  await flushPromises();
  return mounted;
}

describe('OrganisationSettingsView', () => {
  it('sends only the changed fields and shows the new name in the session', async () => {
    api.updateOrganisation.mockResolvedValue({ ...organisation, name: 'Zorggroep Horizon Noord' });
    const { wrapper, auth } = await mountForm();

    await wrapper.find('#org-name').setValue('Zorggroep Horizon Noord');
    await wrapper.find('#org-per-employees').setValue('50');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.updateOrganisation).toHaveBeenCalledWith({
      name: 'Zorggroep Horizon Noord',
      coverageTarget: { perEmployees: 50, minPerCell: 1 },
    });
    expect(auth.organisation?.name).toBe('Zorggroep Horizon Noord');
  });

  it('picks language, time zone and phase from native selects, and sends only what changed', async () => {
    api.updateOrganisation.mockResolvedValue({ ...organisation, locale: 'en', timezone: 'Europe/London' });
    const { wrapper } = await mountForm();
    const locale = wrapper.get('select#org-locale');
    const timezone = wrapper.get('select#org-timezone');
    const phase = wrapper.get('select#org-phase');
    expect([chosenLabel(locale), chosenLabel(timezone), chosenLabel(phase)]).toEqual([
      'Nederlands',
      'Europe/Amsterdam',
      'Bouw',
    ]);
    expect(timezone.attributes('aria-describedby')).toBe('org-timezone-hint');

    await chooseOption(locale, 'English');
    await chooseOption(timezone, 'Europe/London');
    await chooseOption(phase, 'Pilot');
    await chooseOption(phase, 'Bouw');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.updateOrganisation).toHaveBeenCalledWith({ locale: 'en', timezone: 'Europe/London' });
  });

  it('switches recognition on and sends only the points that changed', async () => {
    const { wrapper } = await mountForm();
    expect(wrapper.find('#org-points-event').exists()).toBe(false);
    api.updateOrganisation.mockResolvedValue(organisation);

    await wrapper.find('#org-recognition').setValue(true);
    await wrapper.find('#org-points-event').setValue('8');
    await wrapper.find('#org-points-colleague_helped').setValue('101');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.updateOrganisation).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="org-points-colleague_helped-error"]').text()).toBe(
      'Kies een heel getal van 0 tot en met 100.',
    );

    await wrapper.find('#org-points-colleague_helped').setValue('1');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.updateOrganisation).toHaveBeenCalledWith({ recognition: { enabled: true, points: { event: 8 } } });
  });

  it('sends a new retention period, and refuses one outside 1 to 120 months next to the field', async () => {
    const { wrapper } = await mountForm();
    expect((wrapper.find('#org-retention-months').element as HTMLInputElement).value).toBe('24');
    api.updateOrganisation.mockResolvedValue({ ...organisation, privacy: { retentionMonths: 36 } });

    await wrapper.find('#org-retention-months').setValue('121');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.updateOrganisation).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('Vul een heel getal in van 1 tot en met 120.');

    await wrapper.find('#org-retention-months').setValue('36');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.updateOrganisation).toHaveBeenCalledWith({ privacy: { retentionMonths: 36 } });
  });

  it('says there is nothing to save when nothing changed', async () => {
    const { wrapper } = await mountForm();

    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.updateOrganisation).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('Er zijn geen wijzigingen om op te slaan.');
  });

  it('refuses a coverage target outside its range next to the field', async () => {
    const { wrapper } = await mountForm();

    await wrapper.find('#org-min-per-cell').setValue('1.5');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="org-min-per-cell-error"]').text()).toBe(
      'Vul een heel getal in van 0 tot en met 100.',
    );
    expect(api.updateOrganisation).not.toHaveBeenCalled();
  });

  it('places a field error from the server next to its field', async () => {
    api.updateOrganisation.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'timezone', code: 'maxLength', message: 'must NOT have more than 64 characters' }],
      }),
    );
    const { wrapper } = await mountForm();

    await wrapper.find('#org-name').setValue('Horizon');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(wrapper.find('[data-testid="org-timezone-error"]').text()).toBe('Deze waarde is te lang.');
    expect(wrapper.find('[data-testid="form-error"]').text()).toBe(
      'Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.',
    );
  });

  it('offers a retry when the organisation cannot be loaded', async () => {
    api.getOrganisation.mockRejectedValueOnce(new ApiError({ status: 0, code: 'network_error' }));
    const { wrapper } = await mountForm();

    expect(wrapper.find('[data-testid="load-error"]').text()).toContain('Geen verbinding met de server.');
    await wrapper.find('[data-testid="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('#org-name').element).toHaveProperty('value', 'Zorggroep Horizon');
  });
});
