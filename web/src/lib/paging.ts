/** Where a list paged by the server stands: how many rows there are, and which page of them is shown. */
export interface PageState {
  total: number;
  limit: number;
  offset: number;
}

/**
 * The DataTable props of a list the server pages (bind with `v-bind`): the paginator offers `sizes` and shows only
 * when there is more than the smallest page.
 */
export function serverPaging({ total, limit, offset }: PageState, sizes: readonly number[]) {
  return {
    lazy: true,
    paginator: true,
    rows: limit,
    first: offset,
    totalRecords: total,
    rowsPerPageOptions: [...sizes],
    alwaysShowPaginator: total > (sizes[0] ?? 0),
  };
}
