/** What the content register decided for a page: keep it, rewrite it, remove it, or write it new. */
export const ContentStatuses = ['keep', 'rewrite', 'remove', 'new'] as const;

export const CONTENT_LIMITS = {
  title: 300,
  section: 200,
  url: 2000,
  reviewIntervalDays: { min: 1, max: 730, default: 180 },
  importRows: 5000,
} as const;
