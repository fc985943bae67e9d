import { describe, expect, it } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { createAppI18n } from '../i18n/index.ts';
import { hostPrimeVue, loadPrimeVue } from './lazyPrimeVue.ts';

describe('PrimeVue loaded on demand', () => {
  it('refuses to load before it knows the app, then installs once into it, in its language', async () => {
    await expect(loadPrimeVue()).rejects.toThrow(/hostPrimeVue/);

    const app = createApp(defineComponent({ setup: () => () => h('div') }));
    const i18n = createAppI18n('nl');
    app.use(i18n);
    app.mount(document.createElement('div'));
    expect(app.config.globalProperties.$primevue).toBeUndefined();

    hostPrimeVue(app, Promise.resolve(i18n.global));
    await loadPrimeVue();
    expect(app.config.globalProperties.$primevue.config.locale?.accept).toBe(i18n.global.t('primevue.accept'));

    // A second call neither loads nor installs again.
    const installed = app.config.globalProperties.$primevue;
    await loadPrimeVue();
    expect(app.config.globalProperties.$primevue).toBe(installed);
    app.unmount();
  });
});
