"use client";
// True once the page runs in the browser with JavaScript; false while server-rendered and in
// a browser without it. Lets a control offer a no-JavaScript fallback (a link, a checkbox)
// until the richer version can work.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useInteractive(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
