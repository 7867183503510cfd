import "server-only";
import { db } from "../db";
import { toHsdsService } from "./export";
import { hsdsServiceInclude } from "./service-include";

const PUBLIC = { status: "ACTIVE", organization: { status: "PUBLISHED" } } as const;

/**
 * One HSDS page (the Page object of the HSDS 3 OpenAPI) of public services. `locale`: the
 * language of the texts coordinators translate (ADR 0012); Dutch where there is no translation.
 */
export async function hsdsServicePage(page: number, perPage: number, locale = "nl") {
  const [total, rows] = await Promise.all([
    db.service.count({ where: PUBLIC }),
    db.service.findMany({
      where: PUBLIC,
      include: hsdsServiceInclude(locale),
      orderBy: [{ organization: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: rows.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: rows.length === 0,
    locale,
    contents: rows.map((row) => toHsdsService(row, locale)),
  };
}
