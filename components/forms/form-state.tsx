"use client";
// The state of one management form, shared with its fields: errors per field (from the
// server action or from checking the same zod schema in the browser) and the values to show
// again after a failed save.
import { createContext, useContext } from "react";
import type { ActionState } from "@/lib/actions/state";
import type { FieldErrors } from "@/lib/forms/issue-messages";

export type FormStateValue = {
  idPrefix: string;
  state: ActionState;
  clientErrors: FieldErrors;
};

export const FormStateContext = createContext<FormStateValue>({ idPrefix: "f", state: { status: "idle" }, clientErrors: {} });

export function useFieldState(name: string) {
  const { idPrefix, state, clientErrors } = useContext(FormStateContext);
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const error = clientErrors[name]?.[0] ?? serverErrors?.[name]?.[0];
  const values = state.status === "error" || state.status === "conflict" ? state.values : undefined;
  return {
    id: `${idPrefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`,
    error,
    /** What the user typed before a failed save, so nothing they wrote is lost. */
    submitted: values ? readPath(values, name) : undefined,
    failed: values !== undefined,
  };
}

function readPath(values: Record<string, unknown>, name: string): unknown {
  const path = name.replace(/\[\]$/, "").split(".");
  let node: unknown = values;
  for (const part of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
