"use client";
// One list item. When its place is chosen on the map it gets a visible ring and, on wide
// screens where the list sits next to the map, scrolls into view; from the popup's "Toon in
// de lijst" it also takes keyboard focus.
import { useEffect, useRef } from "react";
import { useSelection } from "./selection-context";

const WIDE = "(min-width: 64em)";

function scrollBehaviour(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

type Props = {
  id: string;
  locationKey: string | null;
  /** The first list item of its place: the one to scroll to. */
  first: boolean;
  children: React.ReactNode;
};

export function ResultCard({ id, locationKey, first, children }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  const { selection } = useSelection();
  const selected = locationKey !== null && selection?.key === locationKey;

  useEffect(() => {
    const element = ref.current;
    if (!element || !first || !selection || selection.from !== "map" || selection.key !== locationKey) return;
    if (selection.focusList) {
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: "start", behavior: scrollBehaviour() });
      // The popup that asked for this closes now and hands focus back to its marker when it
      // finds focus lost; on a slow device that can come after this. Take it back once.
      const frame = requestAnimationFrame(() => {
        if (document.activeElement !== element) element.focus({ preventScroll: true });
      });
      return () => cancelAnimationFrame(frame);
    } else if (window.matchMedia(WIDE).matches) {
      // On a phone the list is below the map: scrolling would hide the popup just opened.
      element.scrollIntoView({ block: "nearest", behavior: scrollBehaviour() });
    }
  }, [selection, first, locationKey]);

  return (
    <li ref={ref} id={id} tabIndex={-1} data-location={locationKey ?? undefined} className={selected ? "result-card result-card--selected" : "result-card"}>
      {children}
    </li>
  );
}
