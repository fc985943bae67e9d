import type {
  ContentImportQuery,
  ContentImportResult,
  ContentItem,
  ContentItemList,
  ContentItemListQuery,
  CreateContentItemBody,
  UpdateContentItemBody,
} from '@ambassador/shared';
import { http } from './http.ts';

/** The content register: the intranet's pages, who looks after them and when they are due for review. */
export const listContentItems = (query: ContentItemListQuery, signal?: AbortSignal) =>
  http.get<ContentItemList>('/content-items', query, signal);

export const createContentItem = (body: CreateContentItemBody) => http.post<ContentItem>('/content-items', body);

/** Admins change anything; the owner her own page. */
export const updateContentItem = (id: string, body: UpdateContentItemBody) =>
  http.patch<ContentItem>(`/content-items/${id}`, body);

export const deleteContentItem = (id: string) => http.delete(`/content-items/${id}`);

/** Marks the page reviewed today (the organisation's time zone); the owner gets a `content_reviewed` activity. */
export const reviewContentItem = (id: string) => http.post<ContentItem>(`/content-items/${id}/review`);

/**
 * Uploads a page list as the multipart field `file`. A dry run (the default) writes nothing and lists the errors by
 * line; an applying run with errors fails with 422 `import_invalid` carrying the same errors.
 */
export function importContentItems(file: Blob, query: Required<ContentImportQuery>): Promise<ContentImportResult> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'content.csv');
  return http.post<ContentImportResult>('/content-items/import', form, query);
}
