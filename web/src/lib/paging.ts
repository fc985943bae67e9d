/** Where a paged list stands (paged by the server or in the browser): how many rows, and which page is shown. */
export interface PageState {
  total: number;
  limit: number;
  offset: number;
}
