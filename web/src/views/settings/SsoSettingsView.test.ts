import { flushPromises } from '@vue/test-utils';
import type { SsoSettings } from '@ambassador/shared';
import ToastRegion from '../../components/common/ToastRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as ssoApi from '../../api/sso.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import SsoSettingsView from './SsoSettingsView.vue';

vi.mock('../../api/sso.ts');
const api = vi.mocked(ssoApi);

const empty: SsoSettings = {
  enabled: false,
  issuer: null,
  clientId: null,
  clientSecretSet: false,
  allowedDomains: [],
  createUsers: false,
  defaultRole: 'ambassador',
  passwordLogin: true,
  redirectUri: 'https://ambassador.example/api/v1/auth/sso/callback',
};
const configured: SsoSettings = {
  ...empty,
  enabled: true,
  issuer: 'https://login.microsoftonline.com/tenant/v2.0',
  clientId: 'client-1',
  clientSecretSet: true,
  allowedDomains: ['zorg.nl'],
};

let unmount: (() => void) | null = null;

async function openView() {
  const mounted = await mountInApp(
    { components: { SsoSettingsView, ToastRegion }, template: '<SsoSettingsView /><ToastRegion />' },
    { me: meFor('admin'), path: '/settings/sso' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

beforeEach(() => {
  vi.resetAllMocks();
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

describe('SsoSettingsView', () => {
  it('shows the redirect URI to register and the saved settings, never a secret', async () => {
    api.getSsoSettings.mockResolvedValue(configured);
    const { wrapper } = await openView();

    expect(wrapper.find('[data-testid="sso-redirect-uri"]').text()).toBe(configured.redirectUri);
    expect((wrapper.find('#sso-issuer').element as HTMLInputElement).value).toBe(configured.issuer);
    expect((wrapper.find('#sso-domains').element as HTMLTextAreaElement).value).toBe('zorg.nl');
    expect((wrapper.find('#sso-client-secret').element as HTMLInputElement).value).toBe('');
    expect(wrapper.text()).toContain('Er is een geheim opgeslagen');
    // Every field is named by its label for a screen reader.
    for (const id of ['sso-issuer', 'sso-client-id', 'sso-client-secret', 'sso-domains', 'sso-enabled'])
      expect(wrapper.find(`label[for="${id}"]`).exists(), id).toBe(true);
  });

  it('checks the form before saving and saves the whole configuration', async () => {
    api.getSsoSettings.mockResolvedValue(empty);
    api.saveSsoSettings.mockImplementation(async (body) => ({
      ...empty,
      ...body,
      issuer: body.issuer,
      clientId: body.clientId,
      clientSecretSet: true,
    }));
    const { wrapper } = await openView();

    await wrapper.find('#sso-enabled').setValue(true);
    await wrapper.find('#sso-domains').setValue('Zorg.nl, niet goed');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(api.saveSsoSettings).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="sso-issuer-error"]').text()).toBe('Vul dit veld in.');
    expect(wrapper.find('[data-testid="sso-client-secret-error"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="sso-domains-error"]').text()).toContain('niet');

    await wrapper.find('#sso-issuer').setValue(' https://login.microsoftonline.com/tenant/v2.0 ');
    await wrapper.find('#sso-client-id').setValue('client-1');
    await wrapper.find('#sso-client-secret').setValue('geheim');
    await wrapper.find('#sso-domains').setValue('Zorg.nl\n@thuiszorg.nl, zorg.nl');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.saveSsoSettings).toHaveBeenCalledWith({
      enabled: true,
      issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'client-1',
      clientSecret: 'geheim',
      allowedDomains: ['zorg.nl', 'thuiszorg.nl'],
      createUsers: false,
      defaultRole: 'ambassador',
      passwordLogin: true,
    });
    expect(wrapper.find('[data-testid="sso-saved"]').text()).toContain('opgeslagen');
    expect((wrapper.find('#sso-client-secret').element as HTMLInputElement).value).toBe('');
  });

  it('keeps the stored secret by leaving it out, and shows what the server refused', async () => {
    api.getSsoSettings.mockResolvedValue(configured);
    api.saveSsoSettings.mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'issuer', code: 'https_required', message: 'must be an https URL' }],
      }),
    );
    const { wrapper } = await openView();

    await wrapper.find('#sso-issuer').setValue('http://idp.example');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(api.saveSsoSettings.mock.calls[0]![0]).not.toHaveProperty('clientSecret');
    expect(wrapper.find('[data-testid="sso-issuer-error"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="sso-saved"]').exists()).toBe(false);
  });

  it('says when the settings cannot be loaded, and tries again', async () => {
    api.getSsoSettings.mockRejectedValueOnce(new ApiError({ status: 503, code: 'database_unavailable' }));
    api.getSsoSettings.mockResolvedValueOnce(configured);
    const { wrapper } = await openView();

    expect(wrapper.text()).toContain('De instellingen voor centraal inloggen konden niet worden geladen');
    await wrapper.find('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="sso-form"]').exists()).toBe(true);
  });
});
