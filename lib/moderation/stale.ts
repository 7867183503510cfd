// Which published listings count as "not checked recently": the same rule as the public
// page's note (lib/organisations/verification.ts), written as a query condition.
import type { Prisma } from "../generated/prisma/client";
import { STALE_AFTER_MONTHS } from "../organisations/verification";

export function staleBefore(now: Date): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return limit;
}

export function staleListingsWhere(now: Date): Prisma.OrganizationWhereInput {
  return { status: "PUBLISHED", OR: [{ verifiedAt: null }, { verifiedAt: { lt: staleBefore(now) } }] };
}
