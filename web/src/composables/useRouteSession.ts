import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';
import { useTrainingSessionStore } from '../stores/trainingSession.ts';

/**
 * The training session the route's `:id` names, loaded into the session store (again whenever the id changes).
 * `session` is only the one asked for: a previous session must not flash on screen.
 */
export function useRouteSession() {
  const route = useRoute();
  const store = useTrainingSessionStore();
  const id = computed(() => String(route.params.id));
  const session = computed(() => (store.session?.id === id.value ? store.session : null));
  watch(id, (next) => void store.load(next), { immediate: true });
  return { id, session, store };
}
