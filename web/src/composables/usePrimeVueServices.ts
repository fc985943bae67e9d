import type { ConfirmationOptions } from 'primevue/confirmationoptions';
import type { ToastMessageOptions } from 'primevue/toast';
import { getCurrentInstance, nextTick } from 'vue';
import { loadPrimeVue } from '../plugins/lazyPrimeVue.ts';

export interface PrimeVueServices {
  confirm: (options: ConfirmationOptions) => void;
  toast: (message: ToastMessageOptions) => void;
}

/**
 * PrimeVue's confirmations and toasts for a screen drawn without PrimeVue: the returned function installs PrimeVue
 * when it is not yet (and the layout mounts its dialog and toasts) before it answers. It fails when PrimeVue's code
 * does not arrive.
 */
export function usePrimeVueServices(): () => Promise<PrimeVueServices> {
  const properties = getCurrentInstance()?.appContext.config.globalProperties;
  return async () => {
    if (!properties?.$confirm || !properties.$toast) {
      await loadPrimeVue();
      // The layout mounts the dialog and the toasts in the render after the install; they listen from then on.
      await nextTick();
    }
    const { $confirm, $toast } = properties ?? {};
    if (!$confirm || !$toast) throw new Error('PrimeVue was installed into another app.');
    return { confirm: (options) => $confirm.require(options), toast: (message) => $toast.add(message) };
  };
}
