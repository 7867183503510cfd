// Search in every public language (issue 11): a category is found by the name the filter shows
// in ar, tr, pl and uk (from the message files), with or without the Dutch word in brackets;
// a language by its name in each of the six site languages.
import { describe, expect, it } from "vitest";
import { categories } from "@/prisma/seed/categories";
import { buildLexicon, residentQuery } from "@/lib/search/resident-query";
import { searchWords } from "@/lib/search/text-query";
import { languageNamesInSiteLanguages, translatedCategoryNames } from "@/lib/search/translated-names";
import ar from "@/lib/i18n/messages/ar/categories.json";
import pl from "@/lib/i18n/messages/pl/categories.json";
import tr from "@/lib/i18n/messages/tr/categories.json";
import uk from "@/lib/i18n/messages/uk/categories.json";

const lexicon = buildLexicon(categories);
const query = (q: string) => residentQuery(searchWords(q), lexicon);

describe("names residents read on the site", () => {
  it("find every category by its name in ar, tr, pl and uk", () => {
    for (const { CategoryNames } of [ar, tr, pl, uk] as { CategoryNames: Record<string, string> }[]) {
      for (const [slug, name] of Object.entries(CategoryNames)) {
        const categoriesFound = query(name).groups.flatMap((group) => group.categories);
        expect(categoriesFound, `${name} (${slug})`).toContain(slug);
      }
    }
  });

  it("also without the Dutch word in brackets", () => {
    expect(translatedCategoryNames().get("toeslagen")).toEqual(expect.arrayContaining(["الإعانات (toeslagen)", "الإعانات"]));
    expect(query("الإعانات").groups[0].categories).toContain("toeslagen");
    expect(query("Mali vesayet").groups[0].categories).toContain("beschermingsbewind");
  });

  it("find a language by its name in each site language", () => {
    expect(languageNamesInSiteLanguages("ar")).toEqual(expect.arrayContaining(["Arabisch", "Arabic", "العربية", "Arapça", "arabski", "арабська"]));
    for (const name of ["Arabisch", "Arabic", "عربي", "Arapça", "arabski", "арабська"]) expect(query(name).groups[0].languages, name).toEqual(["ar"]);
    for (const name of ["Somalice", "somalijski", "сомалі", "الصومالية"]) expect(query(name).groups[0].languages, name).toContain("so");
    for (const name of ["Lehçe", "польська", "البولندية"]) expect(query(name).groups[0].languages, name).toEqual(["pl"]);
  });
});
