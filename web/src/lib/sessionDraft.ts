import type { CreateTrainingSessionBody, SessionKind, TrainingSession } from '@ambassador/shared';
import { fromWallClock, toWallClock } from './zonedTime.ts';

/** The session form's fields as the inputs hold them; times are wall-clock times in the organisation's zone. */
export interface SessionDraft {
  kind: SessionKind;
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  capacity: number | null;
  trainerIds: string[];
  trainerUserIds: string[];
  externalTrainer: string;
  departmentIds: string[];
  layerIds: string[];
  wave: string;
  /** The user records a session that already took place: only then may it start in the past. */
  recordsPast: boolean;
}

export type DraftField = keyof SessionDraft;

export const SESSION_LIMITS = {
  title: 200,
  description: 4000,
  location: 200,
  onlineUrl: 2000,
  externalTrainer: 200,
  wave: 100,
  capacity: { min: 1, max: 1000 },
} as const;

const DEFAULT_CAPACITY = 12;

/** A new session: the given time (a slot chosen in the calendar) or nothing yet. */
export function emptyDraft(zone: string | null | undefined, at?: { startsAt: string; endsAt: string }): SessionDraft {
  const start = at ? toWallClock(at.startsAt, zone) : { date: '', time: '' };
  const end = at ? toWallClock(at.endsAt, zone) : { date: '', time: '' };
  return {
    kind: 'end_user',
    title: '',
    description: '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    location: '',
    onlineUrl: '',
    capacity: DEFAULT_CAPACITY,
    trainerIds: [],
    trainerUserIds: [],
    externalTrainer: '',
    departmentIds: [],
    layerIds: [],
    wave: '',
    recordsPast: false,
  };
}

export function draftFromSession(session: TrainingSession, zone: string | null | undefined): SessionDraft {
  const start = toWallClock(session.startsAt, zone);
  const end = toWallClock(session.endsAt, zone);
  return {
    kind: session.kind,
    title: session.title,
    description: session.description ?? '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    location: session.location ?? '',
    onlineUrl: session.onlineUrl ?? '',
    capacity: session.capacity,
    trainerIds: [...session.trainerIds],
    trainerUserIds: [...session.trainerUserIds],
    externalTrainer: session.externalTrainer ?? '',
    departmentIds: [...session.departmentIds],
    layerIds: [...session.layerIds],
    wave: session.wave ?? '',
    recordsPast: false,
  };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A field's problem as an i18n key under `training.form.errors`. */
export type DraftErrors = Partial<Record<DraftField, string>>;

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** Checks what the browser can and builds the body; the server checks the rest. */
export function draftToBody(
  draft: SessionDraft,
  zone: string | null | undefined,
  options: { now?: Date; savedStartsAt?: string } = {},
): { body: CreateTrainingSessionBody | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'titleRequired';
  else if (title.length > SESSION_LIMITS.title) errors.title = 'tooLong';

  const startsAt = fromWallClock(draft.startDate, draft.startTime, zone);
  const endsAt = fromWallClock(draft.endDate || draft.startDate, draft.endTime, zone);
  if (!draft.startDate) errors.startDate = 'dateRequired';
  if (!draft.startTime) errors.startTime = 'timeRequired';
  if (!draft.endTime) errors.endTime = 'timeRequired';
  if (startsAt && endsAt && endsAt <= startsAt) errors.endTime = 'endBeforeStart';
  // A start in the past is usually a typo; an unchanged start of a session that already took place is not.
  const now = options.now ?? new Date();
  const moved = !options.savedStartsAt || !startsAt || Date.parse(options.savedStartsAt) !== Date.parse(startsAt);
  if (startsAt && moved && !draft.recordsPast && Date.parse(startsAt) < now.getTime()) errors.startDate = 'inPast';

  const capacity = draft.capacity;
  if (
    capacity === null ||
    !Number.isInteger(capacity) ||
    capacity < SESSION_LIMITS.capacity.min ||
    capacity > SESSION_LIMITS.capacity.max
  ) {
    errors.capacity = 'capacityRange';
  }

  const onlineUrl = draft.onlineUrl.trim();
  if (onlineUrl && !isWebAddress(onlineUrl)) errors.onlineUrl = 'invalidUrl';

  for (const field of ['description', 'location', 'externalTrainer', 'wave'] as const) {
    if (draft[field].trim().length > SESSION_LIMITS[field]) errors[field] = 'tooLong';
  }

  if (Object.keys(errors).length > 0 || !startsAt || !endsAt || capacity === null) return { body: null, errors };
  return {
    errors,
    body: {
      kind: draft.kind,
      title,
      description: orNull(draft.description),
      startsAt,
      endsAt,
      location: orNull(draft.location),
      onlineUrl: onlineUrl || null,
      capacity,
      trainerIds: [...draft.trainerIds],
      trainerUserIds: [...draft.trainerUserIds],
      externalTrainer: orNull(draft.externalTrainer),
      departmentIds: [...draft.departmentIds],
      layerIds: [...draft.layerIds],
      wave: orNull(draft.wave),
      // Said either way: the API refuses a start in the past only when told it is not a session being recorded.
      recordsPast: draft.recordsPast,
    },
  };
}

/** What a session lacks that users easily forget: asked about before it is saved, not refused. */
export function missingDetails(draft: SessionDraft): ('trainer' | 'location')[] {
  const missing: ('trainer' | 'location')[] = [];
  if (draft.trainerIds.length === 0 && draft.trainerUserIds.length === 0 && !draft.externalTrainer.trim())
    missing.push('trainer');
  if (!draft.location.trim() && !draft.onlineUrl.trim()) missing.push('location');
  return missing;
}
