// What an HSDS service export reads from the database, in one Prisma include.
import type { Prisma } from "../generated/prisma/client";

export const hsdsServiceInclude = {
  organization: true,
  categories: { include: { category: true } },
  areas: { include: { wijk: { select: { code: true, name: true } }, buurt: { select: { code: true, name: true } } } },
  locations: { include: { location: true, schedules: true } },
} satisfies Prisma.ServiceInclude;

export type HsdsServiceRow = Prisma.ServiceGetPayload<{ include: typeof hsdsServiceInclude }>;
