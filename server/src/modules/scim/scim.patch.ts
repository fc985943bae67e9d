import { InvalidPath, InvalidSyntax, InvalidValue } from './scim.errors.ts';
import { SCIM } from './scim.resources.ts';
import { attribute } from './scim.user.ts';

type Json = Record<string, unknown>;
type Operation = { op: 'add' | 'replace' | 'remove'; path?: string; value?: unknown };

/** More operations than any identity system sends in one request for one user. */
const MAX_OPERATIONS = 50;
const EXTENSIONS = [SCIM.enterprise, SCIM.ambassador];
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function operationsOf(body: unknown): Operation[] {
  if (!isObject(body)) throw new InvalidSyntax('The body must be a SCIM PatchOp');
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.includes(SCIM.patchOp))
    throw new InvalidSyntax(`A PatchOp names the schema ${SCIM.patchOp}`);
  const operations = attribute(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) throw new InvalidSyntax('Operations must be a list');
  if (operations.length > MAX_OPERATIONS) throw new InvalidValue(`At most ${MAX_OPERATIONS} operations a request`);
  return operations.map((operation) => {
    if (!isObject(operation)) throw new InvalidSyntax('Each operation must be an object');
    const op = attribute(operation, 'op');
    const path = attribute(operation, 'path');
    if (typeof op !== 'string' || !/^(add|replace|remove)$/i.test(op))
      throw new InvalidSyntax('op must be add, replace or remove');
    if (path !== undefined && (typeof path !== 'string' || path.length === 0 || path.length > 300))
      throw new InvalidPath(String(path).slice(0, 300));
    return { op: op.toLowerCase() as Operation['op'], path, value: attribute(operation, 'value') };
  });
}

/** Where a path points: the object that holds it (the user or one of its extensions) and the attribute's name. */
function locate(user: Json, path: string): { holder: Json; names: string[]; filter?: string } {
  const urn = EXTENSIONS.find((each) => path.toLowerCase().startsWith(`${each.toLowerCase()}:`));
  let holder = user;
  let rest = path;
  if (urn) {
    holder = (attribute(user, urn) as Json | undefined) ?? {};
    user[urn] = holder;
    rest = path.slice(urn.length + 1);
  }
  const match = /^([A-Za-z][\w$-]*)(?:\[(.+)\])?((?:\.[A-Za-z][\w$-]*)*)$/.exec(rest);
  if (!match) throw new InvalidPath(path);
  const [, head, filter, tail] = match;
  const names = [head!, ...(tail ? tail.slice(1).split('.') : [])];
  return filter ? { holder, names, filter } : { holder, names };
}

function keyOf(holder: Json, name: string): string {
  return Object.keys(holder).find((each) => each.toLowerCase() === name.toLowerCase()) ?? name;
}

function setPath(user: Json, path: string, value: unknown, op: Operation['op']): void {
  const { holder, names, filter } = locate(user, path);
  if (filter !== undefined) {
    // A multi-valued attribute picked by a filter: the only one a User keeps is her e-mail address.
    if (names[0]!.toLowerCase() !== 'emails') throw new InvalidPath(path);
    const address = names[1] === undefined ? (isObject(value) ? attribute(value, 'value') : value) : value;
    user.emails = op === 'remove' ? [] : [{ value: address }];
    return;
  }
  let target = holder;
  for (const name of names.slice(0, -1)) {
    const key = keyOf(target, name);
    const next = target[key];
    target[key] = isObject(next) ? next : {};
    target = target[key] as Json;
  }
  const last = keyOf(target, names.at(-1)!);
  if (op === 'remove') delete target[last];
  else if (op === 'add' && isObject(value) && isObject(target[last]))
    target[last] = { ...(target[last] as Json), ...value };
  else target[last] = value;
}

/**
 * The User after a PatchOp (RFC 7644 §3.5.2), applied to its current representation: the result is checked as a
 * whole, like a replace. A change of `displayName` alone renames her, as a name is the only name she has here; a
 * change of a part of `name` drops the formatted name, which is then made from the parts.
 */
export function applyPatch(current: Json, body: unknown): Json {
  const user = structuredClone(current);
  let displayNameChanged = false;
  let nameChanged = false;
  const apply = (op: Operation['op'], path: string, value: unknown) => {
    const lower = path.toLowerCase();
    displayNameChanged ||= lower === 'displayname';
    nameChanged ||= lower === 'name' || lower.startsWith('name.');
    if (lower.startsWith('name.') && lower !== 'name.formatted') {
      const name = attribute(user, 'name');
      if (isObject(name)) delete name[keyOf(name, 'formatted')];
    }
    setPath(user, path, value, op);
  };
  for (const { op, path, value } of operationsOf(body)) {
    if (path !== undefined) {
      apply(op, path, value);
      continue;
    }
    if (op === 'remove') throw new InvalidPath('(none)');
    if (!isObject(value)) throw new InvalidValue('An operation without a path takes an object of attributes');
    for (const [key, each] of Object.entries(value)) {
      const urn = EXTENSIONS.find((known) => known.toLowerCase() === key.toLowerCase());
      if (urn && isObject(each)) for (const [name, inner] of Object.entries(each)) apply(op, `${urn}:${name}`, inner);
      else apply(op, key, each);
    }
  }
  if (displayNameChanged && !nameChanged && typeof user.displayName === 'string')
    user.name = { formatted: user.displayName };
  return user;
}
