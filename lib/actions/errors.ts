// Expected ways an action ends without success. The wrapper turns each into an ActionState
// with a message for the user; anything else is logged and reported as a general failure.
import type { FieldChange } from "./state";

/** The row does not exist or is not the user's: we never say which. Nothing was changed. */
export class NotAllowedError extends Error {
  constructor() {
    super("not-allowed");
  }
}

/** Someone saved a newer version meanwhile. */
export class ConflictError extends Error {
  constructor(
    readonly changes: FieldChange[],
    readonly currentVersion: number,
  ) {
    super("conflict");
  }
}

/** A rule of the domain, explained to the user: messageKey is in "Forms.errors". */
export class RuleError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(messageKey);
  }
}
