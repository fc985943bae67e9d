import { describe, expect, it } from 'vitest';
import { flattenKeys, keyDifferences } from './keys.ts';
import englishAreas from './locales/en-areas.ts';
import english from './locales/en.ts';
import dutchAreas from './locales/nl-areas.ts';
import dutch from './locales/nl.ts';
import {
  AmbassadorRoles,
  AmbassadorSources,
  AmbassadorStatuses,
  CellStatuses,
  ConflictReasons,
  DigitalSkills,
  EmployeeStatuses,
  EnrolmentStatuses,
  Locales,
  Phases,
  Roles,
  SessionKinds,
  SessionStatuses,
  SessionWarningCodes,
  SuggestionReasons,
  UnplannedReasons,
  UserStatuses,
} from '@ambassador/shared/constants';
import { TRAINING_ERROR_CODES } from '../lib/training.ts';

const nl = { ...dutch(), ...dutchAreas() };
const en = { ...english(), ...englishAreas() };

describe('translations', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(keyDifferences(nl, en)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it('report a key that only one language has', () => {
    const differences = keyDifferences({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' });
    expect(differences).toEqual({ onlyInFirst: ['a.c'], onlyInSecond: ['d'] });
  });

  it('have a message for every problem code the server sends', () => {
    const serverCodes = [
      'invalid_credentials',
      'rate_limited',
      'email_taken',
      'validation_failed',
      'invalid_refresh_token',
      'invite_invalid',
      'user_not_invited',
      'cannot_deactivate_self',
      'unauthorized',
      'forbidden',
      'not_found',
      'malformed_json',
      'payload_too_large',
      'database_unavailable',
      'internal_error',
      'network_error',
      'layer_in_use',
      'layer_name_taken',
      'invalid_layer_order',
      'department_cycle',
      'department_in_use',
      'department_name_taken',
      'parent_not_found',
      'employee_number_taken',
      'search_required',
      'import_invalid',
      'unsupported_media_type',
      'already_ambassador',
      'illegal_transition',
      'weak_password',
      'round_has_responses',
      'round_not_open',
      'round_closed',
      'round_not_draft',
      'round_not_ready',
      'participant_has_responded',
      'round_anonymous',
      'not_a_participant',
    ];
    const keys = new Set(flattenKeys(nl));
    expect(serverCodes.filter((code) => !keys.has(`errors.${code}`))).toEqual([]);
  });

  it('explain every error code of an employee import', () => {
    const importCodes = [
      'invalid_file',
      'empty_file',
      'malformed_csv',
      'missing_columns',
      'duplicate_column',
      'too_many_rows',
      'required',
      'too_long',
      'invalid_email',
      'invalid_digital_skill',
      'invalid_department',
      'duplicate_employee_number',
      'unknown_layer',
    ];
    const keys = new Set(flattenKeys(nl));
    expect(importCodes.filter((code) => !keys.has(`employeeImport.errorCodes.${code}`))).toEqual([]);
  });

  it('name every role, locale, phase, user status, digital skill and employee status', () => {
    const keys = new Set(flattenKeys(nl));
    const wanted = [
      ...Roles.map((role) => `roles.${role}`),
      ...Locales.map((locale) => `locales.${locale}`),
      ...Phases.map((phase) => `phases.${phase}`),
      ...UserStatuses.map((status) => `userStatus.${status}`),
      ...DigitalSkills.map((skill) => `digitalSkills.${skill}`),
      ...EmployeeStatuses.map((status) => `employeeStatus.${status}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('name every ambassador status, role and source, cell status and suggestion reason', () => {
    const keys = new Set(flattenKeys(nl));
    const wanted = [
      ...AmbassadorStatuses.map((status) => `ambassadorStatus.${status}`),
      ...AmbassadorRoles.map((role) => `ambassadorRoles.${role}`),
      ...AmbassadorSources.map((source) => `ambassadorSources.${source}`),
      ...CellStatuses.map((status) => `coverage.status.${status}`),
      ...CellStatuses.map((status) => `coverage.legend.${status}`),
      ...SuggestionReasons.map((reason) => `coverage.reasons.${reason}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('name every training kind, status, warning and error code', () => {
    const keys = new Set(flattenKeys(nl));
    const wanted = [
      ...SessionKinds.map((kind) => `training.kind.${kind}`),
      ...SessionStatuses.map((status) => `training.status.${status}`),
      ...EnrolmentStatuses.map((status) => `training.enrolmentStatus.${status}`),
      ...SessionWarningCodes.map((code) => `training.warnings.${code}`),
      ...TRAINING_ERROR_CODES.map((code) => `training.errors.${code}`),
      ...ConflictReasons.map((reason) => `training.conflict.reason.${reason}`),
      ...UnplannedReasons.map((reason) => `training.planner.unplanned.reasons.${reason}`),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = (messages: Record<string, unknown>) =>
      flattenKeys(messages as never).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
