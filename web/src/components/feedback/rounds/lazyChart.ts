import { defineAsyncComponent } from 'vue';

/**
 * The bar chart, loaded the first time a results page draws one: chart.js (≈ 60 KiB gzipped) stays out of the entry
 * chunk and out of every other page. Defined once, so all charts of a page share the one import.
 */
export const LazyBarChart = defineAsyncComponent(() => import('./RoundBarChart.vue'));
