// Listing translations (ADR 0012) without a database: the form's schema has the originals'
// caps, the history shows one line per translated text, and the page falls back to Dutch.
import { describe, expect, it } from "vitest";
import { describeChanges, translatedField } from "@/lib/listings/history-diff";
import { locationSchema } from "@/lib/listings/location-schema";
import { organisationDetailsSchema } from "@/lib/listings/organisation-schema";
import { serviceSchema } from "@/lib/listings/service-schema";
import { TRANSLATED_FIELDS, translationSchema } from "@/lib/listings/translation-schema";
import { shownText } from "@/lib/organisations/listing-language";

const tooLong = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: Record<string, unknown>, field: string) =>
  (schema.safeParse(input).error?.issues ?? []).some((issue) => issue.path[0] === field && issue.message === "tooLong");

describe("the translation form's schema", () => {
  it("caps each text where the Dutch original is capped", () => {
    const originals = [
      [organisationDetailsSchema, "organisation", "description"],
      [serviceSchema, "service", "description"],
      [serviceSchema, "service", "eligibility"],
      [locationSchema, "location", "transportation"],
    ] as const;
    for (const [original, part, field] of originals) {
      const cap = (TRANSLATED_FIELDS[part] as Record<string, number>)[field];
      const translation = { part, organizationId: "o", serviceId: "s", locationId: "l", locale: "ar", version: "1", [field]: "a".repeat(cap + 1) };
      expect(tooLong(translationSchema, translation, field), `${part}.${field} translation over ${cap}`).toBe(true);
      expect(tooLong(original, { [field]: "a".repeat(cap + 1) }, field), `${part}.${field} original over ${cap}`).toBe(true);
      expect(tooLong(translationSchema, { ...translation, [field]: "a".repeat(cap) }, field)).toBe(false);
      expect(tooLong(original, { [field]: "a".repeat(cap) }, field)).toBe(false);
    }
  });

  it("knows only the resident languages besides Dutch", () => {
    const input = { part: "organisation", organizationId: "o", version: "1", description: "Tekst" };
    for (const locale of ["en", "ar", "tr", "pl", "uk"]) expect(translationSchema.safeParse({ ...input, locale }).success).toBe(true);
    for (const locale of ["nl", "fr", "", "AR"]) expect(translationSchema.safeParse({ ...input, locale }).success).toBe(false);
  });
});

describe("the history of a translation", () => {
  it("shows one line per language and text, after the Dutch fields", () => {
    const before = { description: "Hulp", translations: { tr: { description: "Yardım" } } };
    const after = { description: "Hulp bij post", translations: { ar: { description: "مساعدة" }, tr: { description: "Yardım" } } };
    expect(describeChanges(before, after)).toEqual([
      { field: "description", kind: "value", before: "Hulp", after: "Hulp bij post" },
      { field: "translations.ar.description", kind: "value", before: null, after: "مساعدة" },
    ]);
    expect(translatedField("translations.ar.description")).toEqual({ locale: "ar", field: "description" });
    expect(translatedField("description")).toBeNull();
  });
});

describe("which text a page shows", () => {
  it("the translation in the visitor's language, else the Dutch text marked nl", () => {
    expect(shownText("Hulp", "مساعدة", "ar")).toEqual({ text: "مساعدة", lang: "ar" });
    expect(shownText("Hulp", null, "ar")).toEqual({ text: "Hulp", lang: "nl" });
    expect(shownText("Hulp", "", "tr")).toEqual({ text: "Hulp", lang: "nl" });
    expect(shownText("Hulp", "Help", "nl")).toEqual({ text: "Hulp", lang: "nl" });
    // No Dutch text (no eligibility): nothing to show, whatever a translation says.
    expect(shownText(null, "للجميع", "ar")).toEqual({ text: null, lang: "nl" });
  });
});
