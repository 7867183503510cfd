import "server-only";
// What the filter form offers: every wijk, buurt, category and spoken language, whether or
// not the current search finds any. Counts come from the search's facets; the choices stay
// put, so a filter does not vanish from under the visitor's cursor.
import { db } from "../db";

export type FilterOptionsData = {
  wijken: { code: string; slug: string; name: string }[];
  buurten: { code: string; slug: string; name: string; wijkSlug: string }[];
  categories: { slug: string; name: string; nameEn: string }[];
  /** ISO 639 codes spoken at some published service. */
  languages: string[];
};

export async function loadFilterOptions(): Promise<FilterOptionsData> {
  const [wijken, buurten, categories, services] = await Promise.all([
    db.wijk.findMany({ select: { code: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.buurt.findMany({ select: { code: true, slug: true, name: true, wijk: { select: { slug: true } } }, orderBy: { name: "asc" } }),
    db.category.findMany({ select: { slug: true, name: true, nameEn: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.service.findMany({
      where: { status: "ACTIVE", organization: { status: "PUBLISHED" } },
      select: { languages: true },
    }),
  ]);
  return {
    wijken,
    buurten: buurten.map(({ wijk, ...buurt }) => ({ ...buurt, wijkSlug: wijk.slug })),
    categories,
    languages: [...new Set(services.flatMap((service) => service.languages))].sort(),
  };
}
