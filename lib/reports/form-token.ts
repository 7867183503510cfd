import "server-only";
// The moment the report form was shown, signed so it cannot be made up: a form sent back
// within a few seconds was filled in by a program, not a person. No cookie is needed: the
// signed moment travels in a hidden field of the form itself.
import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "../auth/secret";

/** People need longer than this to pick a topic and type ten characters. */
export const MIN_FILL_MS = 3_000;
/** A form open for longer is refused with a request to reload, so old tokens cannot be collected. */
export const MAX_FORM_AGE_MS = 7 * 24 * 3600_000;

function signature(time: string): string {
  return keyedHash(`report-form:${time}`);
}

export function reportFormToken(shownAt: Date = new Date()): string {
  const time = String(shownAt.getTime());
  return `${time}.${signature(time)}`;
}

export type FormTokenCheck = "ok" | "forged" | "tooFast" | "expired";

export function checkReportFormToken(token: string, now: Date = new Date()): FormTokenCheck {
  const [time, given, ...rest] = token.split(".");
  if (!time || !given || rest.length > 0 || !/^\d{1,15}$/.test(time)) return "forged";
  const expected = Buffer.from(signature(time));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return "forged";
  const age = now.getTime() - Number(time);
  if (age < MIN_FILL_MS) return "tooFast";
  if (age > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}
