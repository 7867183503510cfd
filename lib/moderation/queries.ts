import "server-only";
// What the moderation pages read. Pages call requireModerator() first; every list is capped
// so a page stays fast however much piles up (the counts say how much there is in all).
import { cache } from "react";
import { db } from "../db";
import { staleListingsWhere } from "./stale";

export const MODERATION_LIST_LIMIT = 50;
export const RECENT_CHANGES_LIMIT = 30;

/** How much waits in each part; shared by the layout and the page of one request. */
export const moderationCounts = cache(async () => {
  const now = new Date();
  const [pending, reports, stale] = await Promise.all([
    db.organization.count({ where: { status: "PENDING" } }),
    db.correctionReport.count({ where: { status: "OPEN" } }),
    db.organization.count({ where: staleListingsWhere(now) }),
  ]);
  return { pending, reports, stale };
});

export type ModerationCounts = Awaited<ReturnType<typeof moderationCounts>>;

/** Submitted listings waiting for a decision, the longest-waiting first. */
export async function pendingListings(take = MODERATION_LIST_LIMIT) {
  const rows = await db.organization.findMany({
    where: { status: "PENDING" },
    orderBy: [{ updatedAt: "asc" }, { name: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      description: true,
      kind: true,
      track: true,
      website: true,
      email: true,
      phone: true,
      createdAt: true,
      submittedById: true,
      // A listing sent in again after a rejection was submitted at its latest SUBMIT.
      revisions: { where: { action: "SUBMIT" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  const submitterIds = [...new Set(rows.flatMap((row) => row.submittedById ?? []))];
  const submitters = submitterIds.length
    ? await db.user.findMany({ where: { id: { in: submitterIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(submitters.map((user) => [user.id, user]));
  return rows.map(({ revisions, submittedById, ...row }) => ({
    ...row,
    submittedAt: revisions[0]?.createdAt ?? row.createdAt,
    submitter: submittedById ? (byId.get(submittedById) ?? null) : null,
  }));
}

export type PendingListing = Awaited<ReturnType<typeof pendingListings>>[number];

/** Open reports across all listings, the oldest first. */
export async function openReports(take = MODERATION_LIST_LIMIT) {
  return db.correctionReport.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take,
    select: { id: true, topic: true, message: true, createdAt: true, organization: { select: { id: true, name: true, slug: true, status: true } } },
  });
}

export type OpenReport = Awaited<ReturnType<typeof openReports>>[number];

/** Published listings not checked for half a year (or never), the oldest check first. */
export async function staleListings(now: Date = new Date(), take = MODERATION_LIST_LIMIT) {
  const rows = await db.organization.findMany({
    where: staleListingsWhere(now),
    orderBy: [{ verifiedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      verifiedAt: true,
      reminderSentAt: true,
      memberships: { where: { role: "OWNER", user: { disabledAt: null } }, orderBy: { createdAt: "asc" }, select: { user: { select: { email: true } } } },
    },
  });
  return rows.map(({ memberships, ...row }) => ({ ...row, ownerEmails: memberships.map((m) => m.user.email) }));
}

export type StaleListing = Awaited<ReturnType<typeof staleListings>>[number];

/** The latest changes to any listing. */
export async function recentChanges(take = RECENT_CHANGES_LIMIT) {
  return db.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      createdAt: true,
      entityType: true,
      action: true,
      user: { select: { name: true, email: true } },
      organization: { select: { id: true, name: true } },
    },
  });
}

export type RecentChange = Awaited<ReturnType<typeof recentChanges>>[number];
