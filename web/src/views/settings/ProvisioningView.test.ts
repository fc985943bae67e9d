import { flushPromises } from '@vue/test-utils';
import type { ScimToken } from '@ambassador/shared';
import ConfirmRegion from '../../components/common/ConfirmRegion.vue';
import ToastRegion from '../../components/common/ToastRegion.vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import * as scimApi from '../../api/scim.ts';
import { mountInApp } from '../../test/app.ts';
import { meFor } from '../../test/fixtures.ts';
import ProvisioningView from './ProvisioningView.vue';

vi.mock('../../api/scim.ts');
const api = vi.mocked(scimApi);

const live: ScimToken = {
  id: '7a1c2d3e-0000-4000-8000-000000000001',
  name: 'Entra ID productie',
  prefix: 'amb_scim_AbCd',
  createdAt: '2026-11-02T09:00:00.000Z',
  lastUsedAt: '2026-12-01T06:30:00.000Z',
  revokedAt: null,
};
const revoked: ScimToken = {
  ...live,
  id: '7a1c2d3e-0000-4000-8000-000000000002',
  name: 'Proefkoppeling',
  lastUsedAt: null,
  revokedAt: '2026-11-20T12:00:00.000Z',
};

let unmount: (() => void) | null = null;

async function openView() {
  const mounted = await mountInApp(
    {
      components: { ProvisioningView, ConfirmRegion, ToastRegion },
      template: '<ProvisioningView /><ConfirmRegion /><ToastRegion />',
    },
    { me: meFor('admin'), path: '/settings/provisioning' },
  );
  unmount = () => mounted.wrapper.unmount();
  await flushPromises();
  return mounted;
}

const tokens = () => [...document.body.querySelectorAll('[data-testid="scim-token"]')] as HTMLElement[];

beforeEach(() => {
  vi.resetAllMocks();
  api.listScimTokens.mockResolvedValue({ items: [live, revoked], total: 2, nextCursor: null });
});

afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

describe('ProvisioningView', () => {
  it('shows the SCIM address and each token with its state, and offers revoking only live ones', async () => {
    const { wrapper } = await openView();
    expect(api.listScimTokens).toHaveBeenCalledWith({ limit: 10, offset: 0 }, expect.anything());
    expect(wrapper.find('[data-testid="scim-base-url"]').text()).toMatch(/\/api\/v1\/scim\/v2$/);
    expect(tokens()).toHaveLength(2);
    expect(tokens()[0]!.textContent).toContain('Entra ID productie');
    expect(tokens()[0]!.textContent).toContain('amb_scim_AbCd…');
    expect(tokens()[0]!.textContent).toContain('Actief');
    expect(tokens()[1]!.textContent).toContain('Ingetrokken');
    expect(tokens()[1]!.textContent).toContain('Nog niet gebruikt');
    expect(tokens()[0]!.querySelector('button')?.getAttribute('aria-label')).toBe('Token Entra ID productie intrekken');
    expect(tokens()[1]!.querySelector('button')).toBeNull();
  });

  it('says so when there are no tokens yet', async () => {
    api.listScimTokens.mockResolvedValue({ items: [], total: 0, nextCursor: null });
    const { wrapper } = await openView();
    expect(wrapper.find('[data-testid="scim-tokens-empty"]').exists()).toBe(true);
  });

  it('asks for a name, then shows the new secret once and forgets it when told', async () => {
    const secret = `amb_scim_${'x'.repeat(43)}`;
    api.createScimToken.mockResolvedValue({ ...live, id: '7a1c2d3e-0000-4000-8000-000000000003', secret });
    const { wrapper } = await openView();

    await wrapper.find('[data-testid="scim-token-form"]').trigger('submit');
    await flushPromises();
    expect(api.createScimToken).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('Vul dit veld in.');

    await wrapper.find('#scim-token-name').setValue('  Entra ID productie ');
    await wrapper.find('[data-testid="scim-token-form"]').trigger('submit');
    await flushPromises();
    expect(api.createScimToken).toHaveBeenCalledWith('Entra ID productie');
    expect((wrapper.find('[data-testid="scim-secret-value"]').element as HTMLInputElement).value).toBe(secret);
    expect(api.listScimTokens).toHaveBeenCalledTimes(2);
    expect((wrapper.find('#scim-token-name').element as HTMLInputElement).value).toBe('');

    const done = wrapper
      .findAll('[data-testid="scim-secret"] button')
      .find((b) => b.text() === 'Ik heb het token bewaard');
    await done!.trigger('click');
    expect(wrapper.find('[data-testid="scim-secret"]').exists()).toBe(false);
  });

  it('revokes a token after confirmation, and shows a refusal', async () => {
    api.revokeScimToken.mockResolvedValue(undefined);
    await openView();
    tokens()[0]!.querySelector('button')!.click();
    await flushPromises();
    const accept = () =>
      [...document.body.querySelectorAll('[role="alertdialog"] button')].find(
        (b) => b.textContent?.trim() === 'Intrekken',
      ) as HTMLButtonElement | undefined;
    expect(document.body.textContent).toContain('kan daarna geen medewerkers meer bijwerken');
    accept()!.click();
    await flushPromises();
    expect(api.revokeScimToken).toHaveBeenCalledWith(live.id);
    expect(document.body.textContent).toContain('Token "Entra ID productie" is ingetrokken.');

    api.revokeScimToken.mockRejectedValue(new ApiError({ status: 404, code: 'not_found' }));
    tokens()[0]!.querySelector('button')!.click();
    await flushPromises();
    accept()!.click();
    await flushPromises();
    expect(document.body.textContent).toContain('Intrekken is niet gelukt');
  });
});
