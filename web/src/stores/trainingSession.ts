import type {
  AttendanceBody,
  BulkEnrolBody,
  BulkEnrolResult,
  CreateTrainingSessionBody,
  Enrolment,
  SessionWarning,
  TrainingSessionDetail,
  UpdateTrainingSessionBody,
} from '@ambassador/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as sessionsApi from '../api/trainingSessions.ts';
import { saveBlob } from '../lib/download.ts';
import { useLoader } from '../composables/useLoader.ts';

/** What the session page says once after it was reached from somewhere else. */
export type SessionNotice = 'created' | 'attendanceSaved';

export interface CancelledEnrolment {
  name: string;
  promotedName: string | null;
}

/** One session with its enrolments, and everything that changes it. */
export const useTrainingSessionStore = defineStore('trainingSession', () => {
  const session = ref<TrainingSessionDetail | null>(null);
  const { loading, error, cancel, run } = useLoader();
  /** The soft issues of the last save, until dismissed or another session is opened. */
  const warnings = ref<SessionWarning[]>([]);
  const notice = ref<SessionNotice | null>(null);

  function reset(): void {
    cancel();
    session.value = null;
    warnings.value = [];
    notice.value = null;
  }

  /** Warnings and the notice survive a reload of the same session; another session starts clean. */
  async function load(id: string): Promise<void> {
    if (session.value?.id !== id) {
      session.value = null;
      warnings.value = [];
      notice.value = null;
    }
    await run(
      () => sessionsApi.getTrainingSession(id),
      (answer) => (session.value = answer),
    );
  }

  function accept(saved: TrainingSessionDetail): TrainingSessionDetail {
    cancel();
    // A PATCH answer may leave out the enrolments; keep the ones on screen until the next load.
    const enrolments = saved.enrolments ?? (session.value?.id === saved.id ? session.value.enrolments : undefined);
    session.value = { ...saved, ...(enrolments ? { enrolments } : {}) };
    warnings.value = saved.warnings ?? [];
    return session.value;
  }

  /** Creates (no id) or changes a session; a clash answers 409 `schedule_conflict` unless `force`. */
  async function save(
    body: CreateTrainingSessionBody | UpdateTrainingSessionBody,
    options: { id?: string; force?: boolean } = {},
  ): Promise<TrainingSessionDetail> {
    const saved = options.id
      ? await sessionsApi.updateTrainingSession(options.id, body as UpdateTrainingSessionBody, options.force)
      : await sessionsApi.createTrainingSession(body as CreateTrainingSessionBody, options.force);
    accept(saved);
    if (!options.id) notice.value = 'created';
    return saved;
  }

  /** Cancels or reopens; reopening can clash with what was planned in the meantime. */
  function setStatus(status: 'planned' | 'cancelled', force = false): Promise<TrainingSessionDetail> {
    return save({ status }, { id: requireId(), force });
  }

  async function remove(): Promise<void> {
    if (!session.value) return;
    await sessionsApi.deleteTrainingSession(session.value.id);
    reset();
  }

  function requireId(): string {
    if (!session.value) throw new Error('No session loaded');
    return session.value.id;
  }

  async function enrol(employeeId: string): Promise<Enrolment> {
    const id = requireId();
    const enrolment = await sessionsApi.enrolEmployee(id, employeeId);
    await load(id);
    return enrolment;
  }

  /** What an enrolment would do, asked before doing it; nothing changes. */
  function previewEnrol(employeeId: string): Promise<Enrolment> {
    return sessionsApi.previewEnrolment(requireId(), employeeId);
  }

  function previewDepartment(body: BulkEnrolBody): Promise<BulkEnrolResult> {
    return sessionsApi.previewDepartmentEnrolment(requireId(), body);
  }

  async function enrolDepartment(body: BulkEnrolBody): Promise<BulkEnrolResult> {
    const id = requireId();
    const result = await sessionsApi.enrolDepartment(id, body);
    await load(id);
    return result;
  }

  /** Names come from the list before the reload, so the message can say who moved up. */
  async function cancelEnrolment(employeeId: string): Promise<CancelledEnrolment> {
    const id = requireId();
    const nameOf = (employee: string | null) =>
      session.value?.enrolments?.find((e) => e.employeeId === employee)?.name ?? null;
    const name = nameOf(employeeId) ?? '';
    const result = await sessionsApi.cancelEnrolment(id, employeeId);
    const promotedName = result.promotedEmployeeId ? (nameOf(result.promotedEmployeeId) ?? '') : null;
    await load(id);
    return { name, promotedName };
  }

  async function saveAttendance(body: AttendanceBody): Promise<TrainingSessionDetail> {
    const id = requireId();
    const saved = await sessionsApi.saveAttendance(id, body);
    accept(saved);
    notice.value = 'attendanceSaved';
    return saved;
  }

  async function downloadIcs(): Promise<void> {
    const id = requireId();
    const file = await sessionsApi.downloadSessionIcs(id);
    saveBlob(file.blob, file.filename ?? `training-${id}.ics`);
  }

  function dismissWarnings(): void {
    warnings.value = [];
  }

  function dismissNotice(): void {
    notice.value = null;
  }

  return {
    session,
    loading,
    error,
    warnings,
    notice,
    reset,
    load,
    save,
    setStatus,
    remove,
    enrol,
    enrolDepartment,
    previewEnrol,
    previewDepartment,
    cancelEnrolment,
    saveAttendance,
    downloadIcs,
    dismissWarnings,
    dismissNotice,
  };
});
