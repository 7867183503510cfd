// Moderators approve or reject submitted listings (with mail to the submitter and owners),
// and see what waits: pending listings, open reports, stale listings, recent changes.
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { approveListing, rejectListing } from "../../lib/moderation/review-actions";
import { moderationCounts, openReports, pendingListings, recentChanges, staleListings } from "../../lib/moderation/queries";

const t = withTestDatabase();
const SUBMITTER = "aanmelder@sociale-kaart.test";

/** A seeded listing sent in for review by a new coordinator; ownerB owns geldcafe-lunetten. */
async function submitted(slug: string) {
  const submitter = await t.db.user.upsert({ where: { email: SUBMITTER }, create: { email: SUBMITTER, name: "Sam Aanmelder" }, update: {} });
  const id = await organisationId(t.db, slug);
  await t.db.organization.update({ where: { id }, data: { status: "PENDING", submittedById: submitter.id, verifiedAt: null, reviewNote: null, reviewedAt: null, reviewedById: null } });
  return id;
}

/** Mails sent after `known` was taken. */
async function newMails(known: Set<string>) {
  return (await t.db.devMail.findMany({ orderBy: { to: "asc" } })).filter((mail) => !known.has(mail.id));
}

async function mailIds() {
  return new Set((await t.db.devMail.findMany({ select: { id: true } })).map((m) => m.id));
}

async function snapshot(id: string) {
  return {
    organisation: await t.db.organization.findUniqueOrThrow({ where: { id } }),
    revisions: await t.db.revision.count({ where: { organizationId: id } }),
    mails: await t.db.devMail.count(),
  };
}

describe("approving and rejecting submitted listings", () => {
  it("approves: on the map, checked now, a revision, and a mail to the submitter and each owner", async () => {
    const id = await submitted(SLUGS.b);
    const moderator = await userId(t.db, EMAILS.moderator);
    actAs(moderator);
    const started = new Date();
    const known = await mailIds();
    const state = await approveListing({ status: "idle" }, { organizationId: id });
    expect(state).toMatchObject({ status: "success", message: expect.stringMatching(/goedgekeurd/) });

    const saved = await t.db.organization.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ status: "PUBLISHED", reviewedById: moderator, reviewNote: null });
    expect(saved.reviewedAt!.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect(saved.verifiedAt!.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);

    const revision = await t.db.revision.findFirstOrThrow({ where: { organizationId: id }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ entityType: "Listing", action: "APPROVE", userId: moderator, after: { status: "PUBLISHED" } });

    const mails = await newMails(known);
    expect(mails.map((m) => m.to)).toEqual([SUBMITTER, EMAILS.ownerB].sort());
    for (const mail of mails) {
      expect(mail.subject).toMatch(/goedgekeurd/);
      expect(mail.text).toContain(`/organisaties/${SLUGS.b}`);
    }
  });

  it("refuses to reject without a reason, and changes nothing", async () => {
    const id = await submitted(SLUGS.b);
    actAs(await userId(t.db, EMAILS.moderator));
    const before = await snapshot(id);
    const state = await rejectListing({ status: "idle" }, { organizationId: id, reason: "  " });
    expect(state.status === "error" && state.fieldErrors?.reason).toEqual(["Geef een reden, zodat de aanmelder weet wat er beter moet."]);
    expect(await snapshot(id)).toEqual(before);
  });

  it("rejects with a reason: status, note, revision and the reason in the mail", async () => {
    const id = await submitted(SLUGS.b);
    const moderator = await userId(t.db, EMAILS.admin);
    actAs(moderator);
    const known = await mailIds();
    const reason = "Beschrijf in gewone woorden welke hulp u biedt.";
    const state = await rejectListing({ status: "idle" }, { organizationId: id, reason });
    expect(state.status).toBe("success");
    expect(await t.db.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", reviewNote: reason, reviewedById: moderator });
    const revision = await t.db.revision.findFirstOrThrow({ where: { organizationId: id }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ entityType: "Listing", action: "REJECT", after: { status: "REJECTED", reviewNote: reason } });
    const mails = await newMails(known);
    expect(mails.map((m) => m.to).sort()).toEqual([SUBMITTER, EMAILS.ownerB].sort());
    for (const mail of mails) {
      expect(mail.subject).toMatch(/niet goedgekeurd/);
      expect(mail.text).toContain(reason);
      expect(mail.text).toContain(`/beheer/organisaties/${id}`);
    }
    // A decided listing cannot be decided again.
    const before = await snapshot(id);
    expect((await approveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect(await snapshot(id)).toEqual(before);
  });

  it("does not let a coordinator (even the listing's owner) or a visitor decide", async () => {
    const id = await submitted(SLUGS.b);
    const before = await snapshot(id);
    for (const email of [EMAILS.ownerB, EMAILS.ownerA]) {
      actAs(await userId(t.db, email));
      expect(await approveListing({ status: "idle" }, { organizationId: id })).toMatchObject({ status: "error", message: expect.stringMatching(/niet wijzigen/) });
      expect((await rejectListing({ status: "idle" }, { organizationId: id, reason: "Nee" })).status).toBe("error");
    }
    actAs(null);
    expect(await approveListing({ status: "idle" }, { organizationId: id })).toMatchObject({ status: "error", message: expect.stringMatching(/ingelogd/) });
    expect(await snapshot(id)).toEqual(before);
  });

  it("leaves a published listing alone when its id is posted for approval", async () => {
    const id = await organisationId(t.db, SLUGS.a);
    actAs(await userId(t.db, EMAILS.moderator));
    const before = await snapshot(id);
    expect((await approveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect((await rejectListing({ status: "idle" }, { organizationId: id, reason: "Weg ermee" })).status).toBe("error");
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("what waits for moderators", () => {
  let pendingId: string;
  beforeAll(async () => {
    pendingId = await submitted(SLUGS.b);
  });

  it("lists pending listings with their submitter", async () => {
    const listings = await pendingListings();
    const listing = listings.find((l) => l.id === pendingId);
    expect(listing).toMatchObject({ name: expect.any(String), kind: expect.any(String), submitter: { name: "Sam Aanmelder", email: SUBMITTER } });
    expect(listing?.submittedAt).toBeInstanceOf(Date);
    expect(listings.every((l) => l.id === pendingId)).toBe(true);
  });

  it("lists open reports across listings, oldest first, and counts them", async () => {
    const a = await organisationId(t.db, SLUGS.a);
    const old = await t.db.correctionReport.create({ data: { organizationId: a, topic: "ADDRESS", message: "Verhuisd naar de Zamenhofdreef.", createdAt: new Date("2026-01-01T10:00:00Z") } });
    await t.db.correctionReport.create({ data: { organizationId: a, topic: "OTHER", message: "Al opgelost.", status: "RESOLVED" } });
    const reports = await openReports();
    expect(reports[0].id).toBe(old.id);
    expect(reports[0].organization).toMatchObject({ id: a });
    expect(reports.every((r) => r.id !== undefined)).toBe(true);
    const counts = await moderationCounts();
    expect(counts.reports).toBe(await t.db.correctionReport.count({ where: { status: "OPEN" } }));
    expect(counts.pending).toBe(1);
  });

  it("lists published listings not checked for six months, oldest first, with the owners' addresses", async () => {
    const now = new Date();
    const a = await organisationId(t.db, SLUGS.a);
    await t.db.organization.update({ where: { id: a }, data: { verifiedAt: new Date(now.getTime() - 1000 * 24 * 3600_000) } });
    const rows = await staleListings(now, 500);
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(a);
    expect(ids).not.toContain(pendingId);
    const stamps = rows.map((r) => r.verifiedAt?.getTime() ?? -Infinity);
    expect(stamps).toEqual([...stamps].sort((x, y) => x - y));
    expect(rows.find((r) => r.id === a)?.ownerEmails).toEqual([EMAILS.ownerA]);
    for (const row of rows) expect(row.verifiedAt === null || now.getTime() - row.verifiedAt.getTime() > 180 * 24 * 3600_000).toBe(true);
    expect((await moderationCounts()).stale).toBe(rows.length);
    // A fresh check takes it off the list.
    await t.db.organization.update({ where: { id: a }, data: { verifiedAt: now } });
    expect((await staleListings(now, 500)).map((r) => r.id)).not.toContain(a);
  });

  it("shows the last 30 changes across all listings, newest first", async () => {
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await approveListing({ status: "idle" }, { organizationId: pendingId })).status).toBe("success");
    const changes = await recentChanges();
    expect(changes.length).toBeLessThanOrEqual(30);
    expect(changes[0]).toMatchObject({ entityType: "Listing", action: "APPROVE", organization: { id: pendingId }, user: { email: EMAILS.moderator } });
    const stamps = changes.map((c) => c.createdAt.getTime());
    expect(stamps).toEqual([...stamps].sort((x, y) => y - x));
  });
});
