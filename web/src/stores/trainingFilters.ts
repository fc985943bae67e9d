import type { AmbassadorSummary, TrainingSession, TrainingSessionListQuery, UserListItem } from '@ambassador/shared';
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import { asApiError, type ApiError } from '../api/http.ts';
import { fetchAllPages } from '../api/pages.ts';
import * as usersApi from '../api/users.ts';

export interface TrainingFilters {
  /** An ambassador id: the sessions she gives. */
  trainerId: string | null;
  /** Sessions whose audience includes this department or one above it. */
  departmentId: string | null;
  wave: string | null;
}

const noFilters = (): TrainingFilters => ({ trainerId: null, departmentId: null, wave: null });

/** The filters the calendar and the list share, and the trainers a session can be given by. */
export const useTrainingFiltersStore = defineStore('trainingFilters', () => {
  const filters = reactive<TrainingFilters>(noFilters());
  /** As summaries: an ambassador loads them too, and gets her colleagues so. */
  const trainers = ref<AmbassadorSummary[]>([]);
  const trainersError = ref<ApiError | null>(null);
  /** Users of the communication team (admins) who can give sessions themselves. */
  const trainerUsers = ref<UserListItem[]>([]);
  const trainerUsersError = ref<ApiError | null>(null);
  /** Every wave seen in an answer so far: the API has no list of waves. */
  const seenWaves = ref<string[]>([]);
  let trainersLoaded = false;
  let trainerUsersLoaded = false;

  const query = computed<Pick<TrainingSessionListQuery, 'trainerId' | 'departmentId' | 'wave'>>(() => ({
    ...(filters.trainerId ? { trainerId: filters.trainerId } : {}),
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.wave?.trim() ? { wave: filters.wave.trim() } : {}),
  }));
  const active = computed(() => Object.keys(query.value).length > 0);
  const waves = computed(() => [...seenWaves.value].sort((a, b) => a.localeCompare(b, 'nl')));

  function reset(): void {
    Object.assign(filters, noFilters());
    trainers.value = [];
    trainersError.value = null;
    trainerUsers.value = [];
    trainerUsersError.value = null;
    seenWaves.value = [];
    trainersLoaded = false;
    trainerUsersLoaded = false;
  }

  function set(changes: Partial<TrainingFilters>): void {
    Object.assign(filters, changes);
  }

  function clear(): void {
    Object.assign(filters, noFilters());
  }

  /** The active trainers, once per session of the app. */
  async function loadTrainers(): Promise<void> {
    if (trainersLoaded) return;
    try {
      const list = await fetchAllPages((page) =>
        ambassadorsApi.listAmbassadors({ role: 'trainer', status: 'active', ...page }),
      );
      trainers.value = list.items.sort((a, b) => a.employee.name.localeCompare(b.employee.name, 'nl'));
      trainersError.value = null;
      trainersLoaded = true;
    } catch (caught) {
      trainersError.value = asApiError(caught);
    }
  }

  /** Admins only: the user list is theirs. */
  async function loadTrainerUsers(): Promise<void> {
    if (trainerUsersLoaded) return;
    try {
      const list = await fetchAllPages((page) => usersApi.listUsers({ role: 'admin', status: 'active', ...page }));
      trainerUsers.value = list.items.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      trainerUsersError.value = null;
      trainerUsersLoaded = true;
    } catch (caught) {
      trainerUsersError.value = asApiError(caught);
    }
  }

  function rememberWaves(sessions: readonly Pick<TrainingSession, 'wave'>[]): void {
    const known = new Set(seenWaves.value);
    const before = known.size;
    for (const session of sessions) if (session.wave) known.add(session.wave);
    if (known.size !== before) seenWaves.value = [...known];
  }

  return {
    filters,
    trainers,
    trainersError,
    trainerUsers,
    trainerUsersError,
    waves,
    query,
    active,
    reset,
    set,
    clear,
    loadTrainers,
    loadTrainerUsers,
    rememberWaves,
  };
});
