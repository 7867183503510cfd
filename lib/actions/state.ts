// What every server action returns to its form (via useActionState). Plain data only.
import type { FieldErrors } from "../forms/issue-messages";

export type FieldChange = { field: string; yours: unknown; theirs: unknown };

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; message: string; data?: T }
  | { status: "error"; message: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> }
  /** Someone saved this listing after the form was opened: nothing was written. */
  | { status: "conflict"; message: string; changes: FieldChange[]; currentVersion: number; values?: Record<string, unknown> };

export const idle: ActionState<never> = { status: "idle" };

export function fieldError(state: ActionState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}
