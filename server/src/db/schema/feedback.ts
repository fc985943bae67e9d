import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answer, Question } from '@ambassador/shared';
import { RoundPurposes, RoundStatuses } from '@ambassador/shared/constants';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { ambassadors } from './ambassadors.ts';
import { organisationId } from './organisations.ts';
import { users } from './users.ts';

/** A feedback round: its questions are one document, fixed once anyone has answered. */
export const feedbackRounds = pgTable(
  'feedback_rounds',
  {
    id: id(),
    organisationId: organisationId(),
    purpose: text('purpose', { enum: RoundPurposes }).notNull(),
    title: text('title').notNull(),
    intro: text('intro'),
    status: text('status', { enum: RoundStatuses }).notNull().default('draft'),
    opensAt: timestamptz('opens_at'),
    closesAt: timestamptz('closes_at'),
    anonymous: boolean('anonymous').notNull().default(false),
    minGroupSize: integer('min_group_size').notNull().default(3),
    questions: jsonb('questions').$type<Question[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    openedAt: timestamptz('opened_at'),
    closedAt: timestamptz('closed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('feedback_rounds_organisation_id_key').on(t.organisationId, t.id),
    index('feedback_rounds_status_idx').on(t.organisationId, t.status),
    check('feedback_rounds_min_group_size', sql`${t.minGroupSize} between 1 and 50`),
  ],
);

const roundFk = (name: string, t: { organisationId: AnyPgColumn; roundId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.organisationId, t.roundId],
    foreignColumns: [feedbackRounds.organisationId, feedbackRounds.id],
  }).onDelete('cascade');

/** An ambassador asked to take part in a round: invited when it opens, maybe reminded, responded. */
export const feedbackParticipants = pgTable(
  'feedback_participants',
  {
    organisationId: organisationId(),
    roundId: uuid('round_id').notNull(),
    ambassadorId: uuid('ambassador_id').notNull(),
    invitedAt: timestamptz('invited_at'),
    remindedAt: timestamptz('reminded_at'),
    respondedAt: timestamptz('responded_at'),
  },
  (t) => [
    primaryKey({ name: 'feedback_participants_pkey', columns: [t.roundId, t.ambassadorId] }),
    index('feedback_participants_ambassador_idx').on(t.organisationId, t.ambassadorId),
    roundFk('feedback_participants_round_fk', t),
    foreignKey({
      name: 'feedback_participants_ambassador_fk',
      columns: [t.organisationId, t.ambassadorId],
      foreignColumns: [ambassadors.organisationId, ambassadors.id],
    }).onDelete('cascade'),
  ],
);

/** One participant's answers to one round, editable while the round is open. */
export const feedbackResponses = pgTable(
  'feedback_responses',
  {
    organisationId: organisationId(),
    roundId: uuid('round_id').notNull(),
    ambassadorId: uuid('ambassador_id').notNull(),
    answers: jsonb('answers').$type<Answer[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'feedback_responses_pkey', columns: [t.roundId, t.ambassadorId] }),
    foreignKey({
      name: 'feedback_responses_participant_fk',
      columns: [t.roundId, t.ambassadorId],
      foreignColumns: [feedbackParticipants.roundId, feedbackParticipants.ambassadorId],
    }).onDelete('cascade'),
  ],
);
