"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@utrecht/component-library-react";

const subscribe = () => () => {};

/** Opens the print dialog. Only shown once JavaScript runs: without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <Button appearance="primary-action-button" type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
