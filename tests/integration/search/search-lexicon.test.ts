// The lexicon of typo corrections belongs to a data version kept in PostgreSQL: a name
// published a moment ago is in it at once (no minute of an old lexicon, which another
// instance would not share), and while nothing changes it is not loaded again.
import { describe, expect, it } from "vitest";
import { searchLexicon } from "@/lib/search/search-lexicon";
import { withTestDatabase } from "../support/test-database";

const t = withTestDatabase();

describe("search lexicon", () => {
  it("is kept while the data version stays, and has a new name as soon as it is published", async () => {
    const first = await searchLexicon();
    expect(first.words.has("zwanenbloem")).toBe(false);
    expect(await searchLexicon()).toBe(first);

    const organisation = await t.db.organization.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" } });
    await t.db.organization.update({ where: { id: organisation.id }, data: { name: "Inloop De Zwanenbloem" } });

    const next = await searchLexicon();
    expect(next).not.toBe(first);
    expect(next.words.has("zwanenbloem")).toBe(true);
    expect(await searchLexicon()).toBe(next);
  });

  it("gives every search arriving together the same lexicon, loaded once", async () => {
    const organisation = await t.db.organization.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "desc" } });
    await t.db.organization.update({ where: { id: organisation.id }, data: { name: "Spreekuur Kievitsbloem" } });
    const together = await Promise.all(Array.from({ length: 5 }, () => searchLexicon()));
    expect(new Set(together).size).toBe(1);
    expect(together[0].words.has("kievitsbloem")).toBe(true);
  });
});
