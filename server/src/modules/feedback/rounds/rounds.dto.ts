import type { AmbassadorRole, Participant, Round, RoundCoverage, RoundSummary } from '@ambassador/shared';
import type { Structure } from '../structure.ts';
import type { ParticipantRow, RoundSummaryRow } from './rounds.repository.ts';

/** A timestamp as the API shows it; raw subqueries give text on some drivers. */
export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export function presentSummary(row: RoundSummaryRow): RoundSummary {
  const { round } = row;
  return {
    id: round.id,
    purpose: round.purpose,
    title: round.title,
    intro: round.intro,
    status: round.status,
    opensAt: iso(round.opensAt),
    closesAt: iso(round.closesAt),
    anonymous: round.anonymous,
    minGroupSize: round.minGroupSize,
    participantCount: row.participantCount,
    respondedCount: row.respondedCount,
    questionCount: row.questionCount,
    ...(row.isParticipant
      ? {
          myParticipation: {
            invitedAt: iso(row.invitedAt),
            remindedAt: iso(row.remindedAt),
            respondedAt: iso(row.respondedAt),
          },
        }
      : {}),
    openedAt: iso(round.openedAt),
    closedAt: iso(round.closedAt),
    createdAt: iso(round.createdAt)!,
  };
}

export function presentParticipant(row: ParticipantRow): Participant {
  return {
    ambassadorId: row.ambassadorId,
    employeeId: row.employeeId,
    name: row.name,
    departmentId: row.departmentId,
    layerId: row.layerId,
    roles: row.roles as AmbassadorRole[],
    invitedAt: iso(row.invitedAt),
    remindedAt: iso(row.remindedAt),
    respondedAt: iso(row.respondedAt),
  };
}

/** Participants per layer and department, over the organisation's layers and departments that have active employees. */
export function coverageOf(participants: readonly ParticipantRow[], structure: Structure): RoundCoverage {
  const perLayer = new Map<string, number>();
  const perDepartment = new Map<string, number>();
  for (const participant of participants) {
    perLayer.set(participant.layerId, (perLayer.get(participant.layerId) ?? 0) + 1);
    perDepartment.set(participant.departmentId, (perDepartment.get(participant.departmentId) ?? 0) + 1);
  }
  const layers = structure.layers
    .filter((layer) => layer.staffed)
    .map((layer) => ({ layerId: layer.id, participants: perLayer.get(layer.id) ?? 0 }));
  return {
    layers,
    departments: structure.departments
      .filter((department) => department.staffed)
      .map((department) => ({ departmentId: department.id, participants: perDepartment.get(department.id) ?? 0 })),
    missingLayerIds: layers.filter((layer) => layer.participants === 0).map((layer) => layer.layerId),
  };
}

export function presentRound(
  row: RoundSummaryRow,
  admin?: { participants: readonly ParticipantRow[]; structure: Structure },
): Round {
  return {
    ...presentSummary(row),
    questions: row.round.questions,
    ...(admin
      ? {
          participants: admin.participants.map(presentParticipant),
          coverage: coverageOf(admin.participants, admin.structure),
        }
      : {}),
    hasResponses: row.hasResponses,
  };
}
