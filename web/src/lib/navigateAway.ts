/** Leaves the app for another site (an identity provider's login page): a full page load, not a route change. */
export function navigateAway(url: string): void {
  window.location.assign(url);
}
