import { Type, type Static, type TProperties, type TSchema } from 'typebox';
import { DEFAULT_PAGE_SIZE, Locales, MAX_OFFSET, MAX_PAGE_SIZE, Roles } from './constants/common.ts';

export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
/** A calendar day, `YYYY-MM-DD`. */
export const DateOnly = Type.String({ format: 'date', maxLength: 10 });
/** An RFC 3339 date-time with an offset or `Z`. */
export const DateTime = Type.String({ format: 'date-time', maxLength: 40 });

export const Role = Type.Enum([...Roles]);
export type Role = Static<typeof Role>;

export const Locale = Type.Enum([...Locales]);
export type Locale = Static<typeof Locale>;

export const IdParams = Type.Object({ id: Uuid });
export type IdParams = Static<typeof IdParams>;

/** One thing wrong with a request: a field of its body, or a line and column of an uploaded file. */
export const ProblemError = Type.Object({
  field: Type.Optional(Type.String()),
  line: Type.Optional(Type.Integer()),
  column: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  code: Type.String(),
  message: Type.String(),
});
export type ProblemError = Static<typeof ProblemError>;

const ProblemMembers = {
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  code: Type.String(),
  /** What is wrong: fields of a request body, or lines and columns of an imported file. */
  errors: Type.Optional(Type.Array(ProblemError)),
};

/**
 * RFC 9457 problem details, with a stable machine-readable `code`. An error may add members of its own (extension
 * members); a route that answers one documents them with a schema from `problemWith`.
 */
export const Problem = Type.Object(ProblemMembers, { additionalProperties: true });
export type Problem = Static<typeof Problem>;

/** A problem schema that also documents the extension members one kind of error adds. */
export const problemWith = <Extensions extends TProperties>(extensions: Extensions, description?: string) =>
  Type.Object(
    { ...ProblemMembers, ...extensions },
    { additionalProperties: true, ...(description === undefined ? {} : { description }) },
  );

export const PageLimit = (fallback = DEFAULT_PAGE_SIZE) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: fallback }));
export const PageOffset = Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 }));

/** One line of text: no line breaks or tabs (they would inject lines into CSV and iCalendar output). */
export const SingleLine = (options: { minLength?: number; maxLength: number; pattern?: string }) =>
  Type.String({ pattern: '^[^\\r\\n\\t]*$', ...options });

/** A search term, as every list takes it in `q`. */
export const SearchText = Type.Optional(SingleLine({ maxLength: 200 }));

/** Where the next page starts, as a list handed it out in `nextCursor`; opaque to clients. */
export const PageCursor = Type.Optional(SingleLine({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }));

/**
 * The window of every list: `limit` items from `offset` (to jump to a page), or from the `cursor` the previous page
 * gave (to read on). Spread into a list's query schema next to its filters.
 */
export const PageQuery = { limit: PageLimit(), offset: PageOffset, cursor: PageCursor };
export type PageQuery = { limit?: number; offset?: number; cursor?: string };

/** One page of a list: its items, how many there are in all, and the cursor of the next page (null on the last). */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export type Page<T> = { items: T[]; total: number; nextCursor: string | null };

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const Password = Type.String({ minLength: 12, maxLength: 128 });
export const PersonName = SingleLine({ minLength: 1, maxLength: 200 });
