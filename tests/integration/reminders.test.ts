import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { EMAILS, SLUGS } from "./support/users";
import { sendVerificationReminders } from "../../lib/listings/reminders";

const t = withTestDatabase();

const NOW = new Date("2026-11-20T07:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const SEVEN_MONTHS_AGO = new Date("2026-04-20T07:00:00.000Z");

async function mailsTo(email: string) {
  return t.db.devMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

describe("verification reminders", () => {
  beforeAll(async () => {
    // A: stale and never reminded. B: checked last month. Every other listing: recently
    // checked, so only these two decide what is sent.
    await t.db.organization.updateMany({ data: { verifiedAt: new Date(NOW.getTime() - 10 * DAY), reminderSentAt: null } });
    await t.db.organization.update({ where: { slug: SLUGS.a }, data: { verifiedAt: SEVEN_MONTHS_AGO } });
    await t.db.organization.update({ where: { slug: SLUGS.b }, data: { verifiedAt: new Date(NOW.getTime() - 30 * DAY) } });
  });

  it("mails every owner of a stale published listing once, with a link to it", async () => {
    const counts = await sendVerificationReminders(t.db, NOW);
    expect(counts).toEqual({ listings: 1, mails: 1, withoutOwner: 0, failed: 0 });
    const [mail] = await mailsTo(EMAILS.ownerA);
    const a = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    expect(mail.subject).toBe(`Klopt alles nog? ${a.name} op de sociale kaart`);
    expect(mail.text).toContain("al 7 maanden niet gecontroleerd");
    expect(mail.text).toContain(`/beheer/organisaties/${a.id}`);
    expect(a.reminderSentAt).toEqual(NOW);
    // Editors are not mailed; owners of fresh listings are not either.
    expect(await mailsTo(EMAILS.editorA)).toEqual([]);
    expect(await mailsTo(EMAILS.ownerB)).toEqual([]);
  });

  it("does not mail again within 30 days, and does after", async () => {
    expect(await sendVerificationReminders(t.db, new Date(NOW.getTime() + DAY))).toMatchObject({ mails: 0 });
    expect(await sendVerificationReminders(t.db, new Date(NOW.getTime() + 29 * DAY))).toMatchObject({ mails: 0 });
    expect(await mailsTo(EMAILS.ownerA)).toHaveLength(1);
    expect(await sendVerificationReminders(t.db, new Date(NOW.getTime() + 31 * DAY))).toMatchObject({ listings: 1, mails: 1 });
    expect(await mailsTo(EMAILS.ownerA)).toHaveLength(2);
  });

  it("skips listings that are not on the map, and counts stale listings without an owner", async () => {
    const later = new Date(NOW.getTime() + 90 * DAY);
    await t.db.organization.update({ where: { slug: SLUGS.a }, data: { status: "ARCHIVED", statusBeforeArchive: "PUBLISHED" } });
    const orphan = await t.db.organization.findFirstOrThrow({ where: { memberships: { none: {} }, status: "PUBLISHED" } });
    await t.db.organization.update({ where: { id: orphan.id }, data: { verifiedAt: null } });
    const before = await t.db.devMail.count();
    expect(await sendVerificationReminders(t.db, later)).toEqual({ listings: 0, mails: 0, withoutOwner: 1, failed: 0 });
    expect(await t.db.devMail.count()).toBe(before);
    expect((await t.db.organization.findUniqueOrThrow({ where: { id: orphan.id } })).reminderSentAt).toBeNull();
  });

  it("does not mail an owner whose account was switched off", async () => {
    const later = new Date(NOW.getTime() + 200 * DAY);
    await t.db.organization.update({ where: { slug: SLUGS.a }, data: { status: "PUBLISHED", statusBeforeArchive: null } });
    await t.db.user.update({ where: { email: EMAILS.ownerA }, data: { disabledAt: NOW } });
    const mailsBefore = (await mailsTo(EMAILS.ownerA)).length;
    await sendVerificationReminders(t.db, later);
    expect(await mailsTo(EMAILS.ownerA)).toHaveLength(mailsBefore);
    // The same run did mail B's owner, whose listing has gone stale meanwhile.
    expect(await mailsTo(EMAILS.ownerB)).toHaveLength(1);
  });
});
