// What an HSDS service export reads from the database, in one Prisma include. Of the
// translations (ADR 0012) only the asked locale's rows are read: none for Dutch.
import type { Prisma } from "../generated/prisma/client";

export function hsdsServiceInclude(locale: string) {
  const translations = { where: { locale } };
  return {
    organization: { include: { translations } },
    categories: { include: { category: true } },
    areas: { include: { wijk: { select: { code: true, name: true } }, buurt: { select: { code: true, name: true } } } },
    locations: { include: { location: { include: { translations } }, schedules: true } },
    translations,
  } satisfies Prisma.ServiceInclude;
}

export type HsdsServiceRow = Prisma.ServiceGetPayload<{ include: ReturnType<typeof hsdsServiceInclude> }>;
