// The handout's own query parameters, read with zod: the language of the sheet and the places
// the professional ticked. The helper's part of the query is read by params.ts, as on /verwijzen,
// so the handout always shows the same answer. Hostile input gets a field message, never a 500.
import { z } from "zod";
import { HANDOUT_PARAM, HANDOUT_LOCALES, type HandoutLocale } from "./handout";

type Raw = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A result id is a cuid (service-at-location, or service without a place). */
const placeId = z.string().trim().regex(/^[a-z0-9]{1,40}$/i, "invalidPlace");

export const handoutParamsSchema = z.object({
  [HANDOUT_PARAM.locale]: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value): value is HandoutLocale => (HANDOUT_LOCALES as readonly string[]).includes(value), "invalidLanguage")
    .optional(),
  // More ticks than one results page can show is not a professional's choice: refused.
  [HANDOUT_PARAM.place]: z.array(placeId).max(30, "tooManyPlaces"),
});

export type HandoutParams = { locale: HandoutLocale | null; places: string[] };
export type HandoutParamsOutcome = { ok: true; params: HandoutParams } | { ok: false; errors: Record<string, string> };

export function parseHandoutParams(raw: Raw): HandoutParamsOutcome {
  const locale = list(raw[HANDOUT_PARAM.locale])[0];
  const parsed = handoutParamsSchema.safeParse({
    [HANDOUT_PARAM.locale]: locale === undefined || locale.trim() === "" ? undefined : locale.slice(0, 20),
    [HANDOUT_PARAM.place]: list(raw[HANDOUT_PARAM.place]).slice(0, 31).map((value) => value.slice(0, 41)),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { ok: false, errors };
  }
  const value = parsed.data;
  return {
    ok: true,
    params: { locale: (value[HANDOUT_PARAM.locale] as HandoutLocale | undefined) ?? null, places: [...new Set(value[HANDOUT_PARAM.place])] },
  };
}
