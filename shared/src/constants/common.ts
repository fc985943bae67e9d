export const Roles = ['admin', 'ambassador', 'hr'] as const;

export const Locales = ['nl', 'en'] as const;

export const SortOrders = ['asc', 'desc'] as const;

/** A page holds this many items unless the client asks for another number. */
export const DEFAULT_PAGE_SIZE = 50;
/** A page holds at most this many items; a client that needs more asks for the next page. */
export const MAX_PAGE_SIZE = 200;
/** Offsets past this are refused before they reach SQL (1e19 overflowed PostgreSQL's bigint). */
export const MAX_OFFSET = 1_000_000;
