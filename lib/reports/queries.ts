import "server-only";
// Reports about one listing, for its management page. The ownership condition is part of
// the query: someone else's listing has no reports as far as this user can see.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";

const OPEN_LIMIT = 100;
export const HANDLED_LIMIT = 50;

const reportSelect = {
  id: true,
  topic: true,
  message: true,
  status: true,
  createdAt: true,
  resolutionNote: true,
  resolvedAt: true,
  resolvedBy: { select: { name: true, email: true } },
} as const;

export async function reportsForOrganisation(user: SessionUser, organizationId: string) {
  const where = { organizationId, organization: editableOrganizations(user) };
  const [open, handled] = await Promise.all([
    db.correctionReport.findMany({ where: { ...where, status: "OPEN" }, orderBy: { createdAt: "asc" }, take: OPEN_LIMIT, select: reportSelect }),
    db.correctionReport.findMany({
      where: { ...where, status: { in: ["RESOLVED", "DISMISSED"] } },
      orderBy: [{ resolvedAt: "desc" }, { createdAt: "desc" }],
      take: HANDLED_LIMIT,
      select: reportSelect,
    }),
  ]);
  return { open, handled };
}

export type ReportRow = Awaited<ReturnType<typeof reportsForOrganisation>>["open"][number];
