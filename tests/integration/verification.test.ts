import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { verifyListing } from "../../lib/listings/verify-actions";
import { getVerification } from "../../lib/listings/verify-queries";
import { isStale } from "../../lib/organisations/verification";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();

const LONG_AGO = new Date("2025-01-10T09:00:00.000Z");

async function organisation(slug: string) {
  return t.db.organization.findUniqueOrThrow({ where: { slug } });
}

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { select: { organizationId: true, role: true } } } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, isProfessional: user.isProfessional, memberships: user.memberships };
}

describe("Klopt alles nog?", () => {
  it("an editor confirms with one click: last-checked date, who, and a VERIFY revision", async () => {
    const { id } = await organisation(SLUGS.a);
    await t.db.organization.update({ where: { id }, data: { verifiedAt: LONG_AGO, verifiedById: null } });
    expect(isStale(LONG_AGO, new Date())).toBe(true);
    const editorId = await userId(t.db, EMAILS.editorA);

    actAs(editorId);
    const started = Date.now();
    const result = await verifyListing({ status: "idle" }, { organizationId: id });
    expect(result.status === "success" && result.message).toBe("Dank u wel! Vandaag gecontroleerd. Bewoners zien dat op de kaart.");

    const after = await organisation(SLUGS.a);
    expect(after.verifiedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(after.verifiedById).toBe(editorId);
    expect(isStale(after.verifiedAt, new Date())).toBe(false);
    const revision = await t.db.revision.findFirstOrThrow({ where: { organizationId: id, action: "VERIFY" } });
    expect(revision).toMatchObject({ entityType: "Listing", entityId: id, userId: editorId, before: { verifiedAt: LONG_AGO.toISOString() } });
    expect((revision.after as { verifiedAt: string }).verifiedAt).toBe(after.verifiedAt!.toISOString());

    const shown = await getVerification(await sessionUser(EMAILS.editorA), id);
    expect(shown).toMatchObject({ verifiedAt: after.verifiedAt, verifiedBy: "Rana (redacteur Formulierenspreekuur)" });
  });

  it("refuses a coordinator of another organisation and visitors, changing nothing", async () => {
    const { id } = await organisation(SLUGS.a);
    await t.db.organization.update({ where: { id }, data: { verifiedAt: LONG_AGO } });
    const before = { organisation: await organisation(SLUGS.a), revisions: await t.db.revision.count() };

    actAs(await userId(t.db, EMAILS.ownerB));
    const other = await verifyListing({ status: "idle" }, { organizationId: id });
    expect(other.status === "error" && other.message).toMatch(/Dit mag u niet wijzigen/);
    expect({ organisation: await organisation(SLUGS.a), revisions: await t.db.revision.count() }).toEqual(before);
    expect(await getVerification(await sessionUser(EMAILS.ownerB), id)).toBeNull();

    actAs(null);
    expect((await verifyListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect({ organisation: await organisation(SLUGS.a), revisions: await t.db.revision.count() }).toEqual(before);

    actAs(await userId(t.db, EMAILS.ownerA));
    const empty = await verifyListing({ status: "idle" }, { organizationId: "" });
    expect(empty.status === "error" && empty.fieldErrors?.organizationId).toEqual(["Vul dit veld in."]);
    expect({ organisation: await organisation(SLUGS.a), revisions: await t.db.revision.count() }).toEqual(before);
  });

  it("lets a moderator confirm any listing, in English too", async () => {
    const { id } = await organisation(SLUGS.b);
    const moderatorId = await userId(t.db, EMAILS.moderator);
    actAs(moderatorId, { locale: "en" });
    const result = await verifyListing({ status: "idle" }, { organizationId: id });
    expect(result.status === "success" && result.message).toMatch(/^Thank you!/);
    expect((await organisation(SLUGS.b)).verifiedById).toBe(moderatorId);
  });

  it("an archived listing cannot be confirmed: it is not on the map", async () => {
    const { id } = await organisation(SLUGS.a);
    await t.db.organization.update({ where: { id }, data: { status: "ARCHIVED", statusBeforeArchive: "PUBLISHED", verifiedAt: LONG_AGO } });
    actAs(await userId(t.db, EMAILS.ownerA));
    const result = await verifyListing({ status: "idle" }, { organizationId: id });
    expect(result.status).toBe("error");
    expect((await organisation(SLUGS.a)).verifiedAt).toEqual(LONG_AGO);
    await t.db.organization.update({ where: { id }, data: { status: "PUBLISHED", statusBeforeArchive: null } });
  });
});
