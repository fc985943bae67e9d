import type { AmbassadorSummary, Plan, PlanBody, ScheduleConflict, UnplannedEmployee } from '@ambassador/shared';
import { UnplannedReasons } from '@ambassador/shared/constants';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as ambassadorsApi from '../api/ambassadors.ts';
import * as employeesApi from '../api/employees.ts';
import { asApiError, isApiError, type ApiError } from '../api/http.ts';
import { fetchAllPages } from '../api/pages.ts';
import * as planApi from '../api/training-plan.ts';
import { applyBody, toReviewSessions, type ReviewSession } from '../lib/trainingPlan.ts';

export interface TrainerName {
  name: string;
  departmentPath: string;
}

export const useTrainingPlanStore = defineStore('trainingPlan', () => {
  const request = ref<PlanBody | null>(null);
  const plan = ref<Plan | null>(null);
  const sessions = ref<ReviewSession[]>([]);
  const proposing = ref(false);

  const trainers = ref<Map<string, TrainerName>>(new Map());
  const trainersError = ref<ApiError | null>(null);

  /** Names of the proposed participants, read per department when a participant list is opened. */
  const employeeNames = ref<Map<string, string>>(new Map());
  const participantDepartments = new Map<string, Promise<void>>();
  const participantsError = ref<ApiError | null>(null);

  const applying = ref(false);
  const applyError = ref<ApiError | null>(null);
  /** The sessions that clash with the plan, from a 409 `schedule_conflict`; "Toch toepassen" forces it. */
  const conflicts = ref<ScheduleConflict[]>([]);
  /** How many sessions the last apply created. */
  const created = ref<number | null>(null);
  /** Raised by every new proposal: an older answer must not land on a newer one. */
  let generation = 0;
  /** Raised when the user changes: names read for the previous user are dropped. */
  let userGeneration = 0;

  const kept = computed(() => sessions.value.filter((session) => !session.removed));
  /** How many were left out for each reason, every reason listed. */
  const unplannedByReason = computed(() => {
    const counts = Object.fromEntries(UnplannedReasons.map((reason) => [reason, 0])) as Record<
      UnplannedEmployee['reason'],
      number
    >;
    for (const employee of plan.value?.unplanned ?? []) counts[employee.reason] += 1;
    return counts;
  });
  /** Nothing to train: no session proposed and nobody left over. */
  const everyoneTrained = computed(
    () => plan.value !== null && plan.value.sessions.length === 0 && plan.value.unplanned.length === 0,
  );

  function reset(): void {
    generation += 1;
    userGeneration += 1;
    request.value = null;
    plan.value = null;
    sessions.value = [];
    proposing.value = false;
    trainers.value = new Map();
    trainersError.value = null;
    employeeNames.value = new Map();
    participantDepartments.clear();
    participantsError.value = null;
    clearApply();
  }

  function clearApply(): void {
    applying.value = false;
    applyError.value = null;
    conflicts.value = [];
    created.value = null;
  }

  function trainerName(ambassador: AmbassadorSummary): TrainerName {
    return { name: ambassador.employee.name, departmentPath: ambassador.employee.department.path };
  }

  /**
   * Every ambassador with the trainer or the digital buddy role, once: a plan names its trainers (and buddies) by
   * ambassador id.
   */
  async function loadTrainers(): Promise<void> {
    if (trainers.value.size > 0) return;
    const current = userGeneration;
    try {
      const lists = [];
      for (const role of ['trainer', 'digital_buddy'] as const)
        lists.push(await fetchAllPages((page) => ambassadorsApi.listAmbassadors({ role, ...page })));
      if (current !== userGeneration) return;
      trainers.value = new Map(
        lists.flatMap((list) => list.items).map((ambassador) => [ambassador.id, trainerName(ambassador)]),
      );
      trainersError.value = null;
    } catch (caught) {
      if (current === userGeneration) trainersError.value = asApiError(caught);
    }
  }

  /** Asks for a proposal; a refused request (validation, access) is thrown for the form to show. */
  async function propose(body: PlanBody): Promise<void> {
    const current = ++generation;
    proposing.value = true;
    clearApply();
    try {
      const answer = await planApi.proposePlan(body);
      if (current !== generation) return;
      request.value = body;
      plan.value = answer;
      sessions.value = toReviewSessions(answer);
    } finally {
      if (current === generation) proposing.value = false;
    }
    void loadTrainers();
  }

  function find(index: number): ReviewSession | undefined {
    return sessions.value.find((session) => session.index === index);
  }

  /** Left out of the plan (and back in): a conflict found for the old selection no longer applies. */
  function setRemoved(index: number, removed: boolean): void {
    const session = find(index);
    if (!session) return;
    session.removed = removed;
    conflicts.value = [];
  }

  function setLocation(index: number, location: string): void {
    const session = find(index);
    if (session) session.location = location;
  }

  /** Moves a session to another room (or none); the room's name becomes its location. */
  function setRoom(index: number, room: { id: string; name: string } | null): void {
    const session = find(index);
    if (!session) return;
    session.roomId = room?.id ?? null;
    session.location = room?.name ?? null;
    conflicts.value = [];
  }

  async function loadDepartment(departmentId: string, includeSubdepartments: boolean): Promise<void> {
    const current = userGeneration;
    const list = await fetchAllPages((page) =>
      employeesApi.listEmployees({ departmentId, includeSubdepartments, status: 'active', ...page }),
    );
    if (current !== userGeneration) return;
    // Other departments may be loading at the same time: add to the names as they are now.
    const names = new Map(employeeNames.value);
    for (const employee of list.items) names.set(employee.id, employee.name);
    employeeNames.value = names;
  }

  /**
   * The names of a session's participants: its departments' own employees first, once per department; only when
   * someone is still missing (they work in a sub-department) the whole subtree.
   */
  async function loadParticipants(session: ReviewSession): Promise<void> {
    const current = generation;
    participantsError.value = null;
    try {
      await Promise.all(
        session.departmentIds.map((departmentId) => {
          let pending = participantDepartments.get(departmentId);
          if (!pending) {
            pending = loadDepartment(departmentId, false);
            participantDepartments.set(departmentId, pending);
            pending.catch(() => participantDepartments.delete(departmentId));
          }
          return pending;
        }),
      );
      if (current !== generation) return;
      if (session.employeeIds.every((id) => employeeNames.value.has(id))) return;
      for (const departmentId of session.departmentIds) {
        const key = `${departmentId}/subtree`;
        if (participantDepartments.has(key)) continue;
        const pending = loadDepartment(departmentId, true);
        participantDepartments.set(key, pending);
        await pending;
      }
    } catch (caught) {
      if (current === generation) participantsError.value = asApiError(caught);
    }
  }

  /** Creates the sessions kept in review; a schedule conflict waits for "Toch toepassen" (`force`). */
  async function apply(force = false): Promise<boolean> {
    if (applying.value || kept.value.length === 0) return false;
    const current = generation;
    applying.value = true;
    applyError.value = null;
    try {
      const answer = await planApi.applyPlan(applyBody(sessions.value), force);
      if (current !== generation) return false;
      conflicts.value = [];
      created.value = answer.items.length;
      return true;
    } catch (caught) {
      if (current !== generation) return false;
      if (isApiError(caught) && caught.code === 'schedule_conflict') {
        conflicts.value = caught.conflicts;
      } else {
        // After "Toch toepassen" the clash no longer matters; what went wrong instead does.
        conflicts.value = [];
        applyError.value = asApiError(caught);
      }
      return false;
    } finally {
      if (current === generation) applying.value = false;
    }
  }

  /** Back to the parameters, for another proposal. */
  function discard(): void {
    generation += 1;
    plan.value = null;
    sessions.value = [];
    proposing.value = false;
    clearApply();
  }

  return {
    request,
    plan,
    sessions,
    kept,
    unplannedByReason,
    proposing,
    everyoneTrained,
    trainers,
    trainersError,
    employeeNames,
    participantsError,
    applying,
    applyError,
    conflicts,
    created,
    reset,
    propose,
    setRemoved,
    setLocation,
    setRoom,
    loadTrainers,
    loadParticipants,
    apply,
    discard,
  };
});
