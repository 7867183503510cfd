// A translation of a listing's texts into one resident language (ADR 0012). One schema for
// the form in the browser and the action; the caps are the originals' (organisation-schema.ts,
// service-schema.ts, location-schema.ts), so a translation can say as much as the Dutch text.
import { z } from "zod";
import { id, optionalText, requiredText, version } from "../forms/fields";

/** The languages a coordinator may translate into. Dutch is the original, on the row itself. */
export const TRANSLATION_LOCALES = ["en", "ar", "tr", "pl", "uk"] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export function isTranslationLocale(value: string): value is TranslationLocale {
  return (TRANSLATION_LOCALES as readonly string[]).includes(value);
}

const locale = z.enum(TRANSLATION_LOCALES, "choice");

/** The texts that can be translated, per part, with the original's cap. */
export const TRANSLATED_FIELDS = {
  organisation: { description: 2000 },
  service: { description: 2000, eligibility: 1000 },
  location: { transportation: 500 },
} as const;

export type TranslatedPart = keyof typeof TRANSLATED_FIELDS;

const organisationTranslation = z.object({
  part: z.literal("organisation"),
  organizationId: id,
  locale,
  version,
  description: requiredText(TRANSLATED_FIELDS.organisation.description),
});

// Either text may stay empty (the Dutch one is shown for it), but not both.
const serviceTranslation = z
  .object({
    part: z.literal("service"),
    organizationId: id,
    serviceId: id,
    locale,
    version,
    description: optionalText(TRANSLATED_FIELDS.service.description),
    eligibility: optionalText(TRANSLATED_FIELDS.service.eligibility),
  })
  .refine((value) => value.description !== null || value.eligibility !== null, { message: "required", path: ["description"] });

const locationTranslation = z.object({
  part: z.literal("location"),
  organizationId: id,
  locationId: id,
  locale,
  version,
  transportation: requiredText(TRANSLATED_FIELDS.location.transportation),
});

export const translationSchema = z.discriminatedUnion("part", [organisationTranslation, serviceTranslation, locationTranslation]);
export type TranslationInput = z.output<typeof translationSchema>;

/** Removing one language's translation of one part. */
export const removeTranslationSchema = z.object({
  part: z.enum(["organisation", "service", "location"], "choice"),
  organizationId: id,
  /** The service or location id; the organisation id again for the organisation part. */
  ownerId: id,
  locale,
  version,
});
export type RemoveTranslationInput = z.output<typeof removeTranslationSchema>;
