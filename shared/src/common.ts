import { Type, type Static } from 'typebox';

export const Uuid = Type.String({ format: 'uuid' });

export const Roles = ['admin', 'ambassador', 'hr'] as const;
export const Role = Type.Enum([...Roles]);
export type Role = Static<typeof Role>;

export const Locales = ['nl', 'en'] as const;
export const Locale = Type.Enum([...Locales]);
export type Locale = Static<typeof Locale>;

export const IdParams = Type.Object({ id: Uuid });
export type IdParams = Static<typeof IdParams>;

/** RFC 9457 problem details, with a stable machine-readable `code`. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  code: Type.String(),
  /** The allowed next statuses, with `illegal_transition`. */
  allowed: Type.Optional(Type.Array(Type.String())),
  /** With `schedule_conflict`: the sessions that clash, and the first of them as `session`. */
  conflicts: Type.Optional(
    Type.Array(
      Type.Object({
        sessionId: Type.String(),
        title: Type.String(),
        startsAt: Type.String(),
        endsAt: Type.String(),
        reason: Type.String(),
        subject: Type.String(),
      }),
    ),
  ),
  session: Type.Optional(Type.Object({ id: Type.String(), title: Type.String() })),
  /** With `weak_password`: zxcvbn's warning and suggestions as stable keys (`simpleRepeat`, `anotherWord`). */
  feedback: Type.Optional(
    Type.Object({ warning: Type.Union([Type.String(), Type.Null()]), suggestions: Type.Array(Type.String()) }),
  ),
  /** What is wrong: fields of a request body, or lines and columns of an imported file. */
  errors: Type.Optional(
    Type.Array(
      Type.Object({
        field: Type.Optional(Type.String()),
        line: Type.Optional(Type.Integer()),
        column: Type.Optional(Type.Union([Type.String(), Type.Null()])),
        code: Type.String(),
        message: Type.String(),
      }),
    ),
  ),
});
export type Problem = Static<typeof Problem>;

/** A page holds at most this many items; a client that needs more asks for the next page. */
export const MAX_PAGE_SIZE = 200;
/** Offsets past this are refused before they reach SQL (1e19 overflowed PostgreSQL's bigint). */
export const MAX_OFFSET = 1_000_000;

export const PageLimit = (fallback = 50) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: fallback }));
export const PageOffset = Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 }));

/** One line of text: no line breaks or tabs (they would inject lines into CSV and iCalendar output). */
export const SingleLine = (options: { minLength?: number; maxLength: number; pattern?: string }) =>
  Type.String({ pattern: '^[^\\r\\n\\t]*$', ...options });

/** A search term, as every list takes it in `q`. */
export const SearchText = Type.Optional(SingleLine({ maxLength: 200 }));

export const ListQuery = Type.Object({ limit: PageLimit(), offset: PageOffset, q: SearchText });
export type ListQuery = Static<typeof ListQuery>;

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const Password = Type.String({ minLength: 12, maxLength: 128 });
export const PersonName = SingleLine({ minLength: 1, maxLength: 200 });
