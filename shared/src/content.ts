import { Type, type Static } from 'typebox';
import { DateOnly, DateTime, Page, PageQuery, SearchText, SingleLine, Uuid } from './common.ts';
import { CONTENT_LIMITS, ContentStatuses } from './constants/content.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ContentStatus = Type.Enum([...ContentStatuses]);
export type ContentStatus = Static<typeof ContentStatus>;

const ReviewInterval = Type.Integer({
  minimum: CONTENT_LIMITS.reviewIntervalDays.min,
  maximum: CONTENT_LIMITS.reviewIntervalDays.max,
});

export const ContentItem = Type.Object({
  id: Uuid,
  title: Type.String(),
  section: Nullable(Type.String()),
  url: Nullable(Type.String()),
  ownerAmbassadorId: Nullable(Uuid),
  ownerName: Nullable(Type.String()),
  status: ContentStatus,
  reviewIntervalDays: Type.Integer(),
  lastReviewedOn: Nullable(DateOnly),
  /** The last review (or the day the page was registered) plus the interval, in the organisation's time zone. */
  nextReviewDue: DateOnly,
  overdue: Type.Boolean(),
  /** Whether the caller owns it: she may mark it reviewed and change it. */
  mine: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type ContentItem = Static<typeof ContentItem>;

const ContentFields = {
  title: SingleLine({ minLength: 1, maxLength: CONTENT_LIMITS.title }),
  section: Type.Optional(Nullable(SingleLine({ maxLength: CONTENT_LIMITS.section }))),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: CONTENT_LIMITS.url }))),
  ownerAmbassadorId: Type.Optional(Nullable(Uuid)),
  status: Type.Optional(ContentStatus),
  reviewIntervalDays: Type.Optional(ReviewInterval),
  lastReviewedOn: Type.Optional(Nullable(DateOnly)),
};

export const CreateContentItemBody = Type.Object(ContentFields, { additionalProperties: false });
export type CreateContentItemBody = Static<typeof CreateContentItemBody>;

export const UpdateContentItemBody = Type.Partial(Type.Object(ContentFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateContentItemBody = Static<typeof UpdateContentItemBody>;

export const ContentItemListQuery = Type.Object({
  overdue: Type.Optional(Type.Boolean()),
  ownerAmbassadorId: Type.Optional(Uuid),
  /** Only the caller's own pages (an ambassador's "mijn content"). */
  mine: Type.Optional(Type.Boolean()),
  status: Type.Optional(ContentStatus),
  section: Type.Optional(SingleLine({ maxLength: CONTENT_LIMITS.section })),
  q: SearchText,
  ...PageQuery,
});
export type ContentItemListQuery = Static<typeof ContentItemListQuery>;

export const ContentItemList = Page(ContentItem);
export type ContentItemList = Static<typeof ContentItemList>;

/** What importing a page list did, or (a dry run) would do; errors by line and column, nothing written then. */
export const ContentImportResult = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  errors: Type.Array(
    Type.Object({
      line: Type.Integer(),
      column: Nullable(Type.String()),
      code: Type.String(),
      message: Type.String(),
    }),
  ),
});
export type ContentImportResult = Static<typeof ContentImportResult>;

export const ContentImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: true })) });
export type ContentImportQuery = Static<typeof ContentImportQuery>;
