"use client";
// Printing needs JavaScript (window.print); without it the button is not shown and the
// browser's own print menu gives the same result through the print stylesheet.
import { useSyncExternalStore } from "react";
import { Button } from "@utrecht/component-library-react";

const subscribe = () => () => {};

export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
