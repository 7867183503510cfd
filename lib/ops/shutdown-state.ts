// Whether this process is shutting down (SIGTERM received). Kept on globalThis: Next.js bundles
// instrumentation.ts and the route handlers separately, so a module variable would not be shared.
const KEY = Symbol.for("sociale-kaart.shutting-down");
const state = globalThis as unknown as Record<symbol, boolean | undefined>;

export function isShuttingDown(): boolean {
  return state[KEY] === true;
}

export function markShuttingDown(value = true): void {
  state[KEY] = value;
}
