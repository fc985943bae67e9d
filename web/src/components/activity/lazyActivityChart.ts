import { defineAsyncComponent } from 'vue';

/** The stacked bar chart, loaded the first time the activity page draws it: chart.js stays out of every other page. */
export const LazyActivityBarChart = defineAsyncComponent(() => import('./ActivityBarChart.vue'));
