// Web addresses for new organisations: "Geldcafé Lunetten" → "geldcafe-lunetten", the same
// shape as the seeded slugs. Accents are dropped, everything else becomes single dashes.
const MAX_LENGTH = 80;

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, "");
  // A name of only symbols still needs an address; the moderator can rename it.
  return slug || "initiatief";
}
