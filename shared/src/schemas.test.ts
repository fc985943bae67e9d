import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { InviteUserBody, SignupBody, UpdateOrganisationBody } from './index.ts';

describe('shared schemas', () => {
  const signup = {
    organisationName: 'Zorggroep Horizon',
    name: 'Sanne',
    email: 'sanne@example.test',
    password: 'x'.repeat(12),
  };

  it('accept a password of 12 to 128 characters and refuse shorter or longer ones', () => {
    expect(Value.Check(SignupBody, signup)).toBe(true);
    expect(Value.Check(SignupBody, { ...signup, password: 'x'.repeat(128) })).toBe(true);
    expect(Value.Check(SignupBody, { ...signup, password: 'x'.repeat(11) })).toBe(false);
    expect(Value.Check(SignupBody, { ...signup, password: 'x'.repeat(129) })).toBe(false);
  });

  it('refuse unknown properties in bodies', () => {
    expect(Value.Check(SignupBody, { ...signup, role: 'admin' })).toBe(false);
    expect(Value.Check(InviteUserBody, { email: 'a@b.test', name: 'A', role: 'hr', organisationId: 'x' })).toBe(false);
  });

  it('allow only the three roles and the five phases', () => {
    expect(Value.Check(InviteUserBody, { email: 'a@b.test', name: 'A', role: 'superuser' })).toBe(false);
    expect(Value.Check(UpdateOrganisationBody, { phase: 'go_live' })).toBe(true);
    expect(Value.Check(UpdateOrganisationBody, { phase: 'launched' })).toBe(false);
    expect(Value.Check(UpdateOrganisationBody, {})).toBe(false);
  });
});
