// After a search the visitor's focus moves to the result heading, so a screen reader reads
// out how much was found. Only after a search the visitor started: going back in history or
// loading the page must not move focus. Module state, because the request crosses a
// navigation that re-renders the page.
let requested = false;

/** The result heading's id: the skip link and the focus after a search go there. */
export const RESULTS_HEADING_ID = "resultaten-titel";

export function requestResultsFocus(): void {
  requested = true;
}

/** True once per request. */
export function takeResultsFocusRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}
