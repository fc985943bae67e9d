import 'primeicons/primeicons.css';
import './styles/base.css';
import { createAppPinia } from './pinia.ts';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n } from './i18n/index.ts';
import { createAppRouter } from './router/index.ts';
import { connectSession } from './session.ts';
import { AmbassadorPreset } from './theme.ts';

const app = createApp(App);

app.use(createAppPinia());
app.use(createAppI18n());
app.use(PrimeVue, {
  theme: { preset: AmbassadorPreset, options: { darkModeSelector: 'none' } },
});
app.use(ToastService);
app.use(ConfirmationService);

const router = createAppRouter();
connectSession(router);
app.use(router);

app.mount('#app');
