// The query parameters of the HSDS API (HSDA, the specification's openapi.json), one zod schema
// each, combined per endpoint. Unknown parameters are ignored (zod strips them), as
// /api/hsds/services always did; a known one with a bad value is a 400 naming it.
import { z } from "zod";
import { routing } from "../i18n/routing";

/** Largest page: the first HSDS route allowed 200 and clients may rely on it. */
export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 50;
/** A search longer than this is not a search (and would cost an ILIKE over a long pattern). */
export const MAX_SEARCH_LENGTH = 200;

const LOCALES = routing.locales;
const localeMessage = (name: string) => `${name} moet een van ${LOCALES.join(", ")} zijn`;

// ISO 8601: a date, or a date and time with seconds optional and a zone (Z or ±hh:mm) required —
// a time without a zone is ambiguous half the year in the Netherlands.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** The moment `value` names, or null when it is not a strict ISO 8601 date(-time). A date alone is midnight UTC. */
export function parseIsoMoment(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour = "00", minute = "00", second = "00"] = match.map((part) => part);
  const y = Number(year), mo = Number(month), d = Number(day), h = Number(hour), mi = Number(minute), s = Number(second);
  // Date.UTC rolls 2024-02-30 over to March: compare the parts back to refuse it.
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  const moment = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

const flag = (name: string) =>
  z.enum(["true", "false", "1", "0"], { message: `${name} moet true of false zijn` }).transform((value) => value === "true" || value === "1").optional();

const text = (name: string) =>
  z.string().trim().max(MAX_SEARCH_LENGTH, { message: `${name} mag hoogstens ${MAX_SEARCH_LENGTH} tekens zijn` }).optional().transform((value) => value || undefined);

export const pagingParams = {
  page: z.coerce.number({ message: "page moet een getal zijn" }).int({ message: "page moet een geheel getal zijn" }).min(1, { message: "page moet 1 of hoger zijn" }).max(100_000, { message: "page mag hoogstens 100000 zijn" }).default(1),
  per_page: z.coerce.number({ message: "per_page moet een getal zijn" }).int({ message: "per_page moet een geheel getal zijn" }).min(1, { message: `per_page moet tussen 1 en ${MAX_PER_PAGE} zijn` }).max(MAX_PER_PAGE, { message: `per_page moet tussen 1 en ${MAX_PER_PAGE} zijn` }).default(DEFAULT_PER_PAGE),
  // Only JSON: ndjson (the spec's other format) is not offered; saying so beats ignoring it.
  format: z.enum(["json"], { message: "format moet json zijn" }).optional(),
  search: text("search"),
};

export const localeParams = {
  // The language of the texts coordinators translate (ADR 0012): `lang` or `locale`, the same.
  lang: z.enum(LOCALES, { message: localeMessage("lang") }).optional(),
  locale: z.enum(LOCALES, { message: localeMessage("locale") }).optional(),
};

const sameLocale = (value: { lang?: string; locale?: string }) => !value.lang || !value.locale || value.lang === value.locale;
const SAME_LOCALE = { message: "lang en locale zeggen elk een andere taal: geef er één", path: ["locale"] };

const modifiedAfter = z
  .string()
  .transform((value, ctx) => {
    const moment = parseIsoMoment(value.trim());
    if (!moment) {
      ctx.addIssue({ code: "custom", message: "modified_after moet een datum of tijd in ISO 8601 zijn, zoals 2026-01-31 of 2026-01-31T12:00:00Z" });
      return z.NEVER;
    }
    return moment;
  })
  .optional();

const idParam = (name: string) => z.string().trim().max(100, { message: `${name} is te lang` }).optional().transform((value) => value || undefined);

/** What lists of services and of services at locations are filtered by. */
const serviceFilters = {
  ...pagingParams,
  ...localeParams,
  taxonomy_term_id: idParam("taxonomy_term_id"),
  taxonomy_id: idParam("taxonomy_id"),
  organization_id: idParam("organization_id"),
  modified_after: modifiedAfter,
};

export const serviceListSchema = z
  .object({
    ...serviceFilters,
    minimal: flag("minimal"),
    full: flag("full"),
  })
  .refine(sameLocale, SAME_LOCALE);
export type ServiceListParams = z.infer<typeof serviceListSchema>;

export const serviceAtLocationListSchema = z
  .object({
    ...serviceFilters,
    full: flag("full"),
  })
  .refine(sameLocale, SAME_LOCALE);
export type ServiceAtLocationListParams = z.infer<typeof serviceAtLocationListSchema>;

export const organizationListSchema = z
  .object({ ...pagingParams, ...localeParams, modified_after: modifiedAfter, full: flag("full"), full_service: flag("full_service") })
  .refine(sameLocale, SAME_LOCALE);
export type OrganizationListParams = z.infer<typeof organizationListSchema>;

export const taxonomyListSchema = z.object({ ...pagingParams });
export type TaxonomyListParams = z.infer<typeof taxonomyListSchema>;

export const taxonomyTermListSchema = z.object({
  ...pagingParams,
  taxonomy_id: idParam("taxonomy_id"),
  parent_id: idParam("parent_id"),
  top_only: flag("top_only"),
});
export type TaxonomyTermListParams = z.infer<typeof taxonomyTermListSchema>;

export const detailSchema = z.object({ ...localeParams, full_service: flag("full_service") }).refine(sameLocale, SAME_LOCALE);

/** The asked locale of texts, Dutch by default. */
export const localeOf = (params: { lang?: string; locale?: string }) => params.locale ?? params.lang ?? "nl";
