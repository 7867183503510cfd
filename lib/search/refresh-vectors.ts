// Keeps Service.searchVector in step with the service, its organisation and its categories.
// Called after every write that touches one of those (seed, listing edits). Weights: names A,
// categories B, descriptions C, so a name match ranks first.
import type { Db } from "../db";

type Executor = Pick<Db, "$executeRawUnsafe">;

const refreshSql = (where: string) => `
UPDATE "Service" AS s SET "searchVector" = d.doc
FROM (
  SELECT s2.id,
    setweight(to_tsvector('dutch', immutable_unaccent(s2.name)), 'A') ||
    setweight(to_tsvector('dutch', immutable_unaccent(o.name || ' ' || coalesce(o."alternateName", ''))), 'A') ||
    setweight(to_tsvector('dutch', immutable_unaccent(coalesce(cat.names, ''))), 'B') ||
    setweight(to_tsvector('dutch', immutable_unaccent(s2.description || ' ' || o.description || ' ' || coalesce(s2.eligibility, ''))), 'C')
    AS doc
  FROM "Service" s2
  JOIN "Organization" o ON o.id = s2."organizationId"
  LEFT JOIN LATERAL (
    SELECT string_agg(c.name || ' ' || c."nameEn", ' ') AS names
    FROM "ServiceCategory" sc JOIN "Category" c ON c.id = sc."categoryId"
    WHERE sc."serviceId" = s2.id
  ) cat ON true
  WHERE ${where}
) AS d
WHERE d.id = s.id`;

/** Refreshes the given services, or all of them when no ids are given. */
export async function refreshSearchVectors(db: Executor, serviceIds?: string[]): Promise<number> {
  if (!serviceIds) return db.$executeRawUnsafe(refreshSql("true"));
  return db.$executeRawUnsafe(refreshSql("s2.id = ANY($1::text[])"), serviceIds);
}

/** Refreshes every service of the given organisations (after a name or description change). */
export async function refreshOrganisationSearchVectors(db: Executor, organizationIds: string[]): Promise<number> {
  return db.$executeRawUnsafe(refreshSql(`s2."organizationId" = ANY($1::text[])`), organizationIds);
}
