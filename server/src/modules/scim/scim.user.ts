import { InvalidSyntax, InvalidValue } from './scim.errors.ts';
import { SCIM } from './scim.resources.ts';

/** An employee as SCIM shows her: the fields the User resource and its extensions carry. */
export type ScimEmployee = {
  id: string;
  employeeNumber: string;
  name: string;
  email: string | null;
  externalId: string | null;
  jobTitle: string | null;
  status: 'active' | 'left';
  departmentPath: string;
  layerName: string;
  createdAt: Date;
  updatedAt: Date;
};

/** What a create or replace asks for, checked and trimmed. Absent optional fields leave the employee's own. */
export type ScimUserInput = {
  userName: string;
  name: string;
  email: string | null;
  active: boolean;
  externalId?: string | null;
  employeeNumber?: string;
  department?: string;
  layer?: string;
  jobTitle?: string | null;
};

type Json = Record<string, unknown>;

/** Her name as SCIM parts: the first word as given name, the rest ("de Vries") as family name. */
function nameParts(name: string) {
  const [givenName, ...family] = name.split(/\s+/);
  return { formatted: name, givenName, ...(family.length > 0 ? { familyName: family.join(' ') } : {}) };
}

export function toScimUser(employee: ScimEmployee, location: string): Json {
  return {
    schemas: [SCIM.user, SCIM.enterprise, SCIM.ambassador],
    id: employee.id,
    ...(employee.externalId ? { externalId: employee.externalId } : {}),
    userName: employee.email ?? employee.employeeNumber,
    name: nameParts(employee.name),
    displayName: employee.name,
    ...(employee.jobTitle ? { title: employee.jobTitle } : {}),
    active: employee.status === 'active',
    ...(employee.email ? { emails: [{ value: employee.email, type: 'work', primary: true }] } : {}),
    [SCIM.enterprise]: { employeeNumber: employee.employeeNumber, department: employee.departmentPath },
    [SCIM.ambassador]: { layer: employee.layerName },
    meta: {
      resourceType: 'User',
      created: employee.createdAt.toISOString(),
      lastModified: employee.updatedAt.toISOString(),
      location,
    },
  };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An attribute by name, case-insensitively (RFC 7643 §2.1: attribute names are case-insensitive). */
export function attribute(source: Json, name: string): unknown {
  const key = Object.keys(source).find((each) => each.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : source[key];
}

// eslint-disable-next-line no-control-regex -- a line break or control character would break CSV exports and mails
const CONTROL = /[\u0000-\u001f\u007f]/;

function text(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidValue(`${what} must be a string`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw new InvalidValue(`${what} is longer than ${max} characters`);
  if (CONTROL.test(trimmed)) throw new InvalidValue(`${what} may not contain line breaks or control characters`);
  return trimmed || undefined;
}

/** `active` as a boolean; some identity systems send the strings "True" and "False". */
function activeOf(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new InvalidValue('active must be true or false');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function primaryEmail(emails: unknown): string | undefined {
  if (emails === undefined || emails === null) return undefined;
  if (!Array.isArray(emails)) throw new InvalidValue('emails must be a list');
  const entries = emails.filter(isObject);
  const chosen = entries.find((entry) => attribute(entry, 'primary') === true) ?? entries[0];
  return chosen ? text(attribute(chosen, 'value'), 'emails.value', 254) : undefined;
}

function nameOf(user: Json): string | undefined {
  const name = attribute(user, 'name');
  if (isObject(name)) {
    const formatted = text(attribute(name, 'formatted'), 'name.formatted', 200);
    if (formatted) return formatted;
    const parts = ['givenName', 'middleName', 'familyName']
      .map((part) => text(attribute(name, part), `name.${part}`, 200))
      .filter(Boolean);
    if (parts.length > 0) return text(parts.join(' '), 'name', 200);
  } else if (name !== undefined && name !== null) {
    throw new InvalidValue('name must be an object');
  }
  return text(attribute(user, 'displayName'), 'displayName', 200);
}

function extension(user: Json, urn: string): Json {
  const value = attribute(user, urn);
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new InvalidValue(`${urn} must be an object`);
  return value;
}

/** A User resource from a create or replace, checked: what the employee record needs, and nothing it cannot hold. */
export function readScimUser(body: unknown): ScimUserInput {
  if (!isObject(body)) throw new InvalidSyntax('The body must be a SCIM User object');
  const userName = text(attribute(body, 'userName'), 'userName', 254);
  if (!userName) throw new InvalidValue('userName is required');
  const name = nameOf(body);
  if (!name) throw new InvalidValue('A name is required: name.formatted, name.givenName/familyName or displayName');
  const email = [userName, primaryEmail(attribute(body, 'emails'))].find((each) => each && EMAIL.test(each));
  const enterprise = extension(body, SCIM.enterprise);
  const own = extension(body, SCIM.ambassador);
  const externalId = text(attribute(body, 'externalId'), 'externalId', 200);
  const employeeNumber = text(attribute(enterprise, 'employeeNumber'), 'employeeNumber', 50);
  const department = text(attribute(enterprise, 'department'), 'department', 500);
  const layer = text(attribute(own, 'layer'), 'layer', 200);
  const jobTitle = text(attribute(body, 'title'), 'title', 200);
  return {
    userName,
    name,
    email: email?.toLowerCase() ?? null,
    active: activeOf(attribute(body, 'active')),
    ...(externalId === undefined ? {} : { externalId }),
    ...(employeeNumber === undefined ? {} : { employeeNumber }),
    ...(department === undefined ? {} : { department }),
    ...(layer === undefined ? {} : { layer }),
    ...(jobTitle === undefined ? {} : { jobTitle }),
  };
}
