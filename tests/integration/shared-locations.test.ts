// An address shared by two organisations (A and B): a change through one of them is in both
// histories, the other's owners are mailed, and it can be undone from either side — by a
// moderator, or by a coordinator of an organisation still at the address. Restoring never
// brings an organisation back to an address it has left, except by undoing the unlink itself.
import { afterEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { withPdokStub } from "./support/pdok";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { saveLocation, unlinkLocation } from "../../lib/listings/location-actions";
import { restoreRevision } from "../../lib/listings/restore-actions";
import { getOrganisationHistory } from "../../lib/listings/history-queries";
import { recentChanges } from "../../lib/moderation/queries";
import { resetEnv } from "../../lib/env";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();
withPdokStub();

afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnv();
});

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { select: { organizationId: true, role: true } } } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, isProfessional: user.isProfessional, memberships: user.memberships };
}

/** A fresh address that A and B both use, with a service of each offered there. */
async function sharedAddress() {
  const [idA, idB] = [await organisationId(t.db, SLUGS.a), await organisationId(t.db, SLUGS.b)];
  const location = await t.db.location.create({
    data: {
      name: "Wijkhuis De Gedeelde Deur",
      address1: "Zamenhofdreef 1",
      postalCode: "3562 JT",
      latitude: 52.1107,
      longitude: 5.1105,
      buurtCode: "BU03440321",
      organizations: { create: [{ organizationId: idA }, { organizationId: idB }] },
    },
  });
  return { location, idA, idB };
}

function editForm(location: { id: string; version: number; name: string; address1: string; postalCode: string; latitude: number; longitude: number }, organizationId: string) {
  return {
    organizationId,
    locationId: location.id,
    version: String(location.version),
    name: location.name,
    address1: location.address1,
    postalCode: location.postalCode,
    city: "Utrecht",
    latitude: String(location.latitude),
    longitude: String(location.longitude),
  };
}

const revisionsOf = (locationId: string, organizationId: string) =>
  t.db.revision.findMany({ where: { entityType: "Location", entityId: locationId, organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

/** A moment after every mail so far: tests run back to back, so "a second ago" would still see the last test's mails. */
async function mailMark(): Promise<Date> {
  const last = await t.db.devMail.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return new Date(Math.max(Date.now() - 1000, (last?.createdAt.getTime() ?? 0) + 1));
}

const mailsTo = (email: string, since: Date) => t.db.devMail.findMany({ where: { to: email, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });

/** A changes the shared address's name and street through its own listing. */
async function editThroughA() {
  const shared = await sharedAddress();
  actAs(await userId(t.db, EMAILS.ownerA));
  const result = await saveLocation({ status: "idle" }, { ...editForm(shared.location, shared.idA), name: "Wijkhuis Overvecht", address1: "Zamenhofdreef 3" });
  expect(result.status).toBe("success");
  return shared;
}

describe("a change to a shared address", () => {
  it("is in the history of every organisation there, saying through whom, with the differences", async () => {
    const since = await mailMark();
    const { location, idA, idB } = await editThroughA();
    const [ofA] = await revisionsOf(location.id, idA);
    const [ofB] = await revisionsOf(location.id, idB);
    expect(ofA).toMatchObject({ action: "UPDATE", userId: await userId(t.db, EMAILS.ownerA) });
    expect(ofB).toMatchObject({ action: "UPDATE", userId: await userId(t.db, EMAILS.ownerA) });
    expect(ofB.after).toMatchObject({ name: "Wijkhuis Overvecht", organizationId: idB, changedVia: idA });
    expect(ofA.after).not.toHaveProperty("changedVia");

    // B's history page: the change, through A, with the readable differences, and undoable.
    const history = await getOrganisationHistory(await sessionUser(EMAILS.ownerB), idB, 1, "nl");
    const entry = history.entries.find((e) => e.id === ofB.id);
    const nameA = (await t.db.organization.findUniqueOrThrow({ where: { id: idA } })).name;
    expect(entry).toMatchObject({ entityType: "Location", action: "UPDATE", via: nameA, subject: "Wijkhuis Overvecht, Zamenhofdreef 3" });
    expect(entry?.changes).toEqual([
      { field: "name", kind: "value", before: "Wijkhuis De Gedeelde Deur", after: "Wijkhuis Overvecht" },
      { field: "address1", kind: "value", before: "Zamenhofdreef 1", after: "Zamenhofdreef 3" },
    ]);
    expect(entry?.restore).not.toBeNull();

    // B's owner is told by mail; the person who made the change is not.
    const mails = await mailsTo(EMAILS.ownerB, since);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Gedeeld adres gewijzigd via ${nameA}`);
    expect(mails[0].text).toContain("Naam, Straat en huisnummer");
    expect(mails[0].text).toContain(`/beheer/organisaties/${idB}/geschiedenis`);
    expect(await mailsTo(EMAILS.ownerA, since)).toEqual([]);
    expect(await mailsTo(EMAILS.editorA, since)).toEqual([]);
  });

  it("is saved even when the mail cannot be sent", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    resetEnv();
    const { location, idB } = await editThroughA();
    expect((await t.db.location.findUniqueOrThrow({ where: { id: location.id } })).name).toBe("Wijkhuis Overvecht");
    expect(await revisionsOf(location.id, idB)).toHaveLength(1);
  });

  it("an address of one organisation only is in its own history alone, and nobody is mailed", async () => {
    const since = await mailMark();
    const { location, idA, idB } = await sharedAddress();
    await t.db.organizationLocation.delete({ where: { organizationId_locationId: { organizationId: idB, locationId: location.id } } });
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await saveLocation({ status: "idle" }, { ...editForm(location, idA), name: "Alleen van A" })).status).toBe("success");
    expect(await revisionsOf(location.id, idA)).toHaveLength(1);
    expect(await revisionsOf(location.id, idB)).toHaveLength(0);
    expect(await t.db.devMail.count({ where: { createdAt: { gte: since } } })).toBe(0);
  });
});

describe("undoing a change to a shared address", () => {
  it("a moderator restores it from B's history: back for both, in both histories and the recent changes", async () => {
    const { location, idA, idB } = await editThroughA();
    const [ofB] = await revisionsOf(location.id, idB);
    const since = await mailMark();
    const moderator = await userId(t.db, EMAILS.moderator);
    actAs(moderator);
    const history = await getOrganisationHistory(await sessionUser(EMAILS.moderator), idB, 1, "nl");
    const restore = history.entries.find((e) => e.id === ofB.id)?.restore;
    expect(restore).toBeTruthy();
    const result = await restoreRevision({ status: "idle" }, { revisionId: ofB.id, basedOnId: restore!.basedOnId });
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/Teruggezet/) });

    const now = await t.db.location.findUniqueOrThrow({ where: { id: location.id } });
    expect([now.name, now.address1]).toEqual(["Wijkhuis De Gedeelde Deur", "Zamenhofdreef 1"]);
    expect(await t.db.organizationLocation.count({ where: { locationId: location.id } })).toBe(2);
    const [restoreOfB] = await revisionsOf(location.id, idB);
    const [restoreOfA] = await revisionsOf(location.id, idA);
    expect(restoreOfB).toMatchObject({ action: "RESTORE", userId: moderator, after: { name: "Wijkhuis De Gedeelde Deur" } });
    expect(restoreOfB.after).not.toHaveProperty("changedVia");
    expect(restoreOfA).toMatchObject({ action: "RESTORE", userId: moderator, after: { name: "Wijkhuis De Gedeelde Deur", changedVia: idB } });
    const recent = (await recentChanges()).filter((c) => c.entityType === "Location" && c.action === "RESTORE").slice(0, 2);
    expect(recent.map((c) => c.organization?.id).sort()).toEqual([idA, idB].sort());

    // A's history shows the restore, and A's owner is told (it came through B's listing).
    const historyA = await getOrganisationHistory(await sessionUser(EMAILS.ownerA), idA, 1, "nl");
    expect(historyA.entries.find((e) => e.id === restoreOfA.id)?.changes).toContainEqual({ field: "name", kind: "value", before: "Wijkhuis Overvecht", after: "Wijkhuis De Gedeelde Deur" });
    const mails = await mailsTo(EMAILS.ownerA, since);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Gedeeld adres teruggezet naar een eerdere versie via /)]);
  });

  it("B's own coordinator may undo it from B's history (B could type the old address back too)", async () => {
    const { location, idA, idB } = await editThroughA();
    const [ofB] = await revisionsOf(location.id, idB);
    const [ofA] = await revisionsOf(location.id, idA);
    actAs(await userId(t.db, EMAILS.ownerB));
    // Not from A's history: that revision is A's.
    const fromA = await restoreRevision({ status: "idle" }, { revisionId: ofA.id, basedOnId: ofB.id });
    expect(fromA).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    const newest = await t.db.revision.findFirstOrThrow({ where: { entityType: "Location", entityId: location.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect((await restoreRevision({ status: "idle" }, { revisionId: ofB.id, basedOnId: newest.id })).status).toBe("success");
    expect((await t.db.location.findUniqueOrThrow({ where: { id: location.id } })).name).toBe("Wijkhuis De Gedeelde Deur");
    expect((await revisionsOf(location.id, idA))[0]).toMatchObject({ action: "RESTORE", after: { changedVia: idB } });
  });

  it("never brings an organisation back to an address it has left; undoing the unlink itself does, keeping the address as it is now", async () => {
    const { location, idA, idB } = await editThroughA();
    const [edit] = await revisionsOf(location.id, idA);
    const ownerA = await userId(t.db, EMAILS.ownerA);
    actAs(ownerA);
    const current = await t.db.location.findUniqueOrThrow({ where: { id: location.id } });
    expect((await unlinkLocation({ status: "idle" }, { organizationId: idA, locationId: location.id, version: String(current.version) })).status).toBe("success");
    const [unlink] = await revisionsOf(location.id, idA);
    expect(unlink.action).toBe("DELETE");

    // A's old address change is no longer offered, and refused when posted, for A and for a moderator.
    const historyA = await getOrganisationHistory(await sessionUser(EMAILS.ownerA), idA, 1, "nl");
    expect(historyA.entries.find((e) => e.id === edit.id)?.restore).toBeNull();
    const stateBefore = { location: await t.db.location.findUniqueOrThrow({ where: { id: location.id } }), links: await t.db.organizationLocation.findMany({ where: { locationId: location.id } }), revisions: await t.db.revision.count() };
    for (const email of [EMAILS.ownerA, EMAILS.moderator]) {
      actAs(await userId(t.db, email));
      expect((await restoreRevision({ status: "idle" }, { revisionId: edit.id, basedOnId: unlink.id })).status).toBe("error");
    }
    expect({ location: await t.db.location.findUniqueOrThrow({ where: { id: location.id } }), links: await t.db.organizationLocation.findMany({ where: { locationId: location.id } }), revisions: await t.db.revision.count() }).toEqual(stateBefore);

    // B changes the address meanwhile; then A undoes its unlink: A is back, B's change stays.
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await saveLocation({ status: "idle" }, { ...editForm(stateBefore.location, idB), name: "Wijkhuis van B" })).status).toBe("success");
    const [changeOfB] = await revisionsOf(location.id, idB);
    expect(await revisionsOf(location.id, idA)).toHaveLength(2); // A left: B's change is not in A's history.
    actAs(ownerA);
    expect((await restoreRevision({ status: "idle" }, { revisionId: unlink.id, basedOnId: changeOfB.id })).status).toBe("success");
    expect(await t.db.organizationLocation.count({ where: { locationId: location.id, organizationId: idA } })).toBe(1);
    expect((await t.db.location.findUniqueOrThrow({ where: { id: location.id } })).name).toBe("Wijkhuis van B");
    // Only A's link changed: B's history gets nothing new.
    expect((await revisionsOf(location.id, idB))[0].id).toBe(changeOfB.id);
  });
});
