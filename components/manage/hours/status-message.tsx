"use client";
// The outcome of a small action form (a button), in a region that stays on the page when the
// button itself disappears, e.g. "Vandaag gesloten" turning into "Toch open vandaag". It
// takes the focus, so keyboard and screen-reader users hear what happened.
import { useEffect, useRef } from "react";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ActionState } from "@/lib/actions/state";

export function StatusMessage({ state }: { state: ActionState<unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") ref.current?.focus();
  }, [state]);
  const type = state.status === "success" ? "ok" : state.status === "conflict" ? "warning" : "error";
  return (
    <div ref={ref} tabIndex={-1} className="form-message" aria-live="polite">
      {state.status !== "idle" && (
        <Alert type={type} role={type === "error" ? "alert" : "status"}>
          <Paragraph>{state.message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
