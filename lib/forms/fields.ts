// Building blocks for form schemas. Messages are keys in the "Forms.errors" messages
// (lib/i18n/messages/*/forms.json), so one schema gives Dutch and English errors, on the
// server and in the browser alike (see issue-messages.ts).
import { z } from "zod";

const trimmed = z.string().trim();

// Direction embeddings, overrides and isolates (U+202A–202E, U+2066–2069) typed into a listing:
// an unclosed override turns the rest of a page around ("evil" text that reads backwards), and
// the page sets the direction of every text itself (lib/i18n/bidi.ts, lang/dir attributes).
// The invisible marks U+200E/U+200F are harmless and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

function withoutBidiControls(value: unknown): unknown {
  return typeof value === "string" ? value.replace(BIDI_CONTROLS, "") : value;
}

export function requiredText(max = 200) {
  return z.preprocess(withoutBidiControls, trimmed.min(1, "required").max(max, "tooLong"));
}

/** Empty input becomes null, so an emptied field clears the stored value. */
export function optionalText(max = 500) {
  return z.preprocess(
    (value) => {
      const text = withoutBidiControls(value);
      return typeof text === "string" && text.trim() === "" ? null : text;
    },
    trimmed.max(max, "tooLong").nullable().optional().transform((v) => v ?? null),
  );
}

export const email = z.string().trim().toLowerCase().min(1, "required").max(200, "tooLong").email("email");

export function optionalEmail() {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), email.nullable().optional().transform((v) => v ?? null));
}

export function optionalUrl() {
  return z.preprocess(
    (value) => {
      if (typeof value !== "string" || value.trim() === "") return null;
      const text = value.trim();
      // People type "www.example.nl"; we store a full address.
      return /^https?:\/\//i.test(text) ? text : `https://${text}`;
    },
    z.string().url("url").max(300, "tooLong").nullable().optional().transform((v) => v ?? null),
  );
}

/** Dutch phone numbers as people write them: digits, spaces, dashes, +31, brackets. */
export function optionalPhone() {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().regex(/^[+()0-9\s-]{6,20}$/, "phone").nullable().optional().transform((v) => v ?? null),
  );
}

/** An HTML checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A list of enum values from checkboxes named "field[]". */
export function checkboxList<T extends [string, ...string[]]>(values: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(values, "choice")));
}

/** The version the form was loaded with, for optimistic locking. */
export const version = z.coerce.number().int().min(1);

export const id = z.string().trim().min(1, "required").max(64);

/** "HH:MM", 24-hour. */
export const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

/** "YYYY-MM-DD" from <input type="date">. */
export const date = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
