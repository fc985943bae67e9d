import { describe, expect, it } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { usePrimeVueServices, type PrimeVueServices } from '../composables/usePrimeVueServices.ts';
import { createAppI18n } from '../i18n/index.ts';
import { hostPrimeVue, loadPrimeVue, primeVueOverlays } from './lazyPrimeVue.ts';

describe('PrimeVue loaded on demand', () => {
  it('refuses to load before it knows the app, then installs once into it with its toasts and confirmations', async () => {
    await expect(loadPrimeVue()).rejects.toThrow(/hostPrimeVue/);

    let services!: () => Promise<PrimeVueServices>;
    const app = createApp(
      defineComponent({
        setup() {
          services = usePrimeVueServices();
          return () => h('div');
        },
      }),
    );
    const i18n = createAppI18n('nl');
    app.use(i18n);
    app.mount(document.createElement('div'));
    expect(app.config.globalProperties.$confirm).toBeUndefined();
    expect(primeVueOverlays.value).toBeNull();

    hostPrimeVue(app, Promise.resolve(i18n.global));
    const { confirm, toast } = await services();
    expect(app.config.globalProperties.$primevue.config.locale?.accept).toBe(i18n.global.t('primevue.accept'));
    expect(app.config.globalProperties.$confirm).toBeDefined();
    expect(app.config.globalProperties.$toast).toBeDefined();
    expect(primeVueOverlays.value).toEqual({ Toast: expect.any(Object), ConfirmDialog: expect.any(Object) });
    expect(confirm).toBeTypeOf('function');
    expect(toast).toBeTypeOf('function');

    // A second call neither loads nor installs again.
    const installed = app.config.globalProperties.$primevue;
    await loadPrimeVue();
    expect(app.config.globalProperties.$primevue).toBe(installed);
    app.unmount();
  });
});
