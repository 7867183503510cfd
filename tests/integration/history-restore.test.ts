import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { organisationDetailsForm } from "./support/forms";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { saveOrganisationDetails } from "../../lib/listings/organisation-actions";
import { saveHours } from "../../lib/listings/hours-actions";
import { restoreRevision } from "../../lib/listings/restore-actions";
import { verifyListing } from "../../lib/listings/verify-actions";
import { recordRevision } from "../../lib/listings/revisions";
import { serviceSnapshot } from "../../lib/listings/service-snapshot";
import { exceptionSnapshot } from "../../lib/listings/exception-snapshot";
import { refreshSearchVectors } from "../../lib/search/refresh-vectors";

const t = withTestDatabase();


async function newestRevision(organizationId: string) {
  return t.db.revision.findFirstOrThrow({ where: { organizationId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** Everything a refused restore must leave alone. */
async function state(slug: string) {
  const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug } });
  const revisions = await t.db.revision.count();
  return { organisation, revisions };
}

/** Edits the phone number of organisation A as its owner and returns that revision. */
async function changePhone(phone: string) {
  actAs(await userId(t.db, EMAILS.ownerA));
  const result = await saveOrganisationDetails({ status: "idle" }, { ...(await organisationDetailsForm(t.db, SLUGS.a)), phone });
  expect(result.status).toBe("success");
  return newestRevision(await organisationId(t.db, SLUGS.a));
}

describe("restoring the organisation details", () => {
  it("puts back the state before a change as a new RESTORE revision, keeping the history", async () => {
    const original = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    const revision = await changePhone("030 111 11 11");
    const countBefore = await t.db.revision.count({ where: { organizationId: original.id } });

    actAs(await userId(t.db, EMAILS.editorA));
    const result = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.message).toMatch(/Teruggezet/);

    const restored = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    expect(restored.phone).toBe(original.phone);
    expect(restored.version).toBe(original.version + 2);
    expect(await t.db.revision.count({ where: { organizationId: original.id } })).toBe(countBefore + 1);
    const restore = await newestRevision(original.id);
    expect(restore.action).toBe("RESTORE");
    expect(restore.entityType).toBe("Organization");
    expect(restore.userId).toBe(await userId(t.db, EMAILS.editorA));
    expect((restore.before as { phone: string }).phone).toBe("030 111 11 11");
    expect((restore.after as { phone: string | null }).phone).toBe(original.phone);
    // The change that was undone is still there.
    expect(await t.db.revision.findUnique({ where: { id: revision.id } })).not.toBeNull();
  });

  it("restoring the same state again changes nothing and writes no revision", async () => {
    const id = await organisationId(t.db, SLUGS.a);
    const revision = await changePhone("030 222 22 22");
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id })).status).toBe("success");
    const restore = await newestRevision(id);
    const before = await state(SLUGS.a);
    const again = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: restore.id });
    expect(again.status === "success" && again.message).toBe("Dit onderdeel was al zo. Er is niets veranderd.");
    expect(await state(SLUGS.a)).toEqual(before);
  });

  it("refuses when the part changed after the page was opened, and changes nothing", async () => {
    const first = await changePhone("030 333 33 33");
    await changePhone("030 444 44 44");
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await state(SLUGS.a);
    const result = await restoreRevision({ status: "idle" }, { revisionId: first.id, basedOnId: first.id });
    expect(result.status).toBe("conflict");
    if (result.status === "conflict") expect(result.changes).toEqual([{ field: "phone", yours: "030 333 33 33", theirs: "030 444 44 44" }]);
    expect(await state(SLUGS.a)).toEqual(before);
  });

  it("waits for an edit that is being saved at that moment, then reports a conflict instead of overwriting it", async () => {
    const id = await organisationId(t.db, SLUGS.a);
    const revision = await changePhone("030 888 88 88");
    const owner = await userId(t.db, EMAILS.ownerA);
    // Someone else's save, caught between its version-guarded UPDATE and its COMMIT. Only a
    // real PostgreSQL (TEST_DATABASE_URL) runs the two at once; the embedded one takes
    // transactions one after the other, where this passes either way.
    let updated!: () => void;
    let finish!: () => void;
    const isUpdated = new Promise<void>((resolve) => (updated = resolve));
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    const otherSave = t.db.$transaction(
      async (tx) => {
        const current = await tx.organization.findUniqueOrThrow({ where: { id } });
        await tx.organization.update({ where: { id }, data: { phone: "030 999 99 99", version: { increment: 1 } } });
        await recordRevision(tx, { entityType: "Organization", entityId: id, organizationId: id, userId: owner, action: "UPDATE", before: { phone: current.phone }, after: { phone: "030 999 99 99" } });
        updated();
        await mayFinish;
      },
      { timeout: 20_000 },
    );
    await isUpdated;
    actAs(owner);
    const restoring = restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    // Give the restore time to run into the other save (without the lock it would read the old state now).
    await new Promise((resolve) => setTimeout(resolve, 500));
    finish();
    await otherSave;
    const result = await restoring;
    expect(result.status).toBe("conflict");
    expect((await t.db.organization.findUniqueOrThrow({ where: { id } })).phone).toBe("030 999 99 99");
  });

  it("undoes later changes too when based on the newest revision", async () => {
    const first = await changePhone("030 555 55 55");
    const firstBefore = (first.before as { phone: string | null }).phone;
    const second = await changePhone("030 666 66 66");
    const result = await restoreRevision({ status: "idle" }, { revisionId: first.id, basedOnId: second.id });
    expect(result.status).toBe("success");
    expect((await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } })).phone).toBe(firstBefore);
  });

  it("refuses a coordinator of another organisation, visitors, and parts that cannot be restored", async () => {
    const revision = await changePhone("030 777 77 77");
    const before = await state(SLUGS.a);

    actAs(await userId(t.db, EMAILS.ownerB));
    const other = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(other.status === "error" && other.message).toMatch(/Dit mag u niet wijzigen/);
    expect(await state(SLUGS.a)).toEqual(before);

    actAs(null);
    const anonymous = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(anonymous.status === "error" && anonymous.message).toMatch(/niet \(meer\) ingelogd/);
    expect(await state(SLUGS.a)).toEqual(before);

    // A status change ("Listing") is shown in the history but not restorable.
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await verifyListing({ status: "idle" }, { organizationId: before.organisation.id })).status).toBe("success");
    const verify = await newestRevision(before.organisation.id);
    const afterVerify = await state(SLUGS.a);
    const listing = await restoreRevision({ status: "idle" }, { revisionId: verify.id, basedOnId: verify.id });
    expect(listing.status).toBe("error");
    expect(await state(SLUGS.a)).toEqual(afterVerify);

    const missing = await restoreRevision({ status: "idle" }, { revisionId: "bestaat-niet", basedOnId: "bestaat-niet" });
    expect(missing.status).toBe("error");
    const empty = await restoreRevision({ status: "idle" }, { revisionId: "", basedOnId: "" });
    expect(empty.status === "error" && empty.fieldErrors?.revisionId).toEqual(["Vul dit veld in."]);
  });

  it("lets a moderator restore any listing", async () => {
    const revision = await changePhone("030 888 88 88");
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id })).status).toBe("success");
    expect((await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } })).phone).not.toBe("030 888 88 88");
  });
});

describe("restoring opening hours, services and exceptions", () => {
  async function placeOfA() {
    const id = await organisationId(t.db, SLUGS.a);
    return t.db.serviceAtLocation.findFirstOrThrow({
      where: { service: { organizationId: id } },
      select: { id: true, serviceId: true, service: { select: { version: true } }, schedules: { select: { byDay: true, opensAt: true, closesAt: true } } },
      orderBy: { id: "asc" },
    });
  }

  it("puts the weekly hours back as they were", async () => {
    const place = await placeOfA();
    actAs(await userId(t.db, EMAILS.ownerA));
    const saved = await saveHours({ status: "idle" }, {
      serviceId: place.serviceId,
      serviceAtLocationId: place.id,
      version: String(place.service.version),
      rules: [{ byDay: "SA", repeat: "WEEKLY", opensAt: "10:00", closesAt: "12:00", description: "", validFrom: "", validTo: "" }],
    });
    expect(saved.status).toBe("success");
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Hours", entityId: place.id }, orderBy: { createdAt: "desc" } });

    const result = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(result.status).toBe("success");
    const rules = await t.db.schedule.findMany({ where: { serviceAtLocationId: place.id }, select: { byDay: true, opensAt: true, closesAt: true } });
    const key = (r: { byDay: string; opensAt: string }) => `${r.byDay}${r.opensAt}`;
    expect(rules.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...place.schedules].sort((a, b) => key(a).localeCompare(key(b))));
    const restore = await t.db.revision.findFirstOrThrow({ where: { entityType: "Hours", entityId: place.id, action: "RESTORE" } });
    expect((restore.before as { rules: { byDay: string }[] }).rules.map((r) => r.byDay)).toEqual(["SA"]);
    // Asked again: the hours are already like that (stored snapshots differ only in key order).
    const again = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: restore.id });
    expect(again.status === "success" && again.message).toBe("Dit onderdeel was al zo. Er is niets veranderd.");
    expect(await t.db.revision.count({ where: { entityType: "Hours", entityId: place.id, action: "RESTORE" } })).toBe(1);
    // The service's version went up: an hours form opened before the restore gets a conflict.
    expect((await t.db.service.findUniqueOrThrow({ where: { id: place.serviceId } })).version).toBeGreaterThan(place.service.version + 1);
  });

  it("puts a service's categories back and refreshes its search text", async () => {
    const place = await placeOfA();
    const organizationId = await organisationId(t.db, SLUGS.a);
    const ownerId = await userId(t.db, EMAILS.ownerA);
    const before = await serviceSnapshot(t.db, place.serviceId);
    const extra = await t.db.category.findFirstOrThrow({ where: { id: { notIn: (before?.categoryIds as string[]) ?? [] } } });
    // An edit as the service form writes it: the change and its revision together.
    await t.db.serviceCategory.create({ data: { serviceId: place.serviceId, categoryId: extra.id } });
    await t.db.service.update({ where: { id: place.serviceId }, data: { name: "Tijdelijke naam", version: { increment: 1 } } });
    await refreshSearchVectors(t.db, [place.serviceId]);
    await recordRevision(t.db, { entityType: "Service", entityId: place.serviceId, organizationId, userId: ownerId, action: "UPDATE", before, after: await serviceSnapshot(t.db, place.serviceId) });
    const revision = await newestRevision(organizationId);
    const searchText = async () => (await t.db.$queryRaw<{ text: string }[]>`SELECT "searchVector"::text AS text FROM "Service" WHERE id = ${place.serviceId}`)[0].text;
    expect(await searchText()).toMatch(/tijdelijk/);

    actAs(ownerId);
    const result = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(result.status).toBe("success");
    expect(await serviceSnapshot(t.db, place.serviceId)).toEqual(before);
    expect(await searchText()).not.toMatch(/tijdelijk/);
  });

  it("removes an added exception when restoring the state before it, and brings it back again", async () => {
    const place = await placeOfA();
    const organizationId = await organisationId(t.db, SLUGS.a);
    const ownerId = await userId(t.db, EMAILS.ownerA);
    const exception = await t.db.scheduleException.create({
      data: { serviceAtLocationId: place.id, startDate: new Date("2027-02-01T00:00:00Z"), endDate: new Date("2027-02-03T00:00:00Z"), reason: "Verbouwing" },
    });
    await recordRevision(t.db, { entityType: "ScheduleException", entityId: exception.id, organizationId, userId: ownerId, action: "CREATE", before: null, after: await exceptionSnapshot(t.db, exception.id) });
    const created = await newestRevision(organizationId);

    actAs(ownerId);
    expect((await restoreRevision({ status: "idle" }, { revisionId: created.id, basedOnId: created.id })).status).toBe("success");
    expect(await t.db.scheduleException.findUnique({ where: { id: exception.id } })).toBeNull();
    const removal = await newestRevision(organizationId);
    expect(removal).toMatchObject({ action: "RESTORE", entityType: "ScheduleException", after: null });

    // Undo the undo: the exception is back with the same id and reason.
    expect((await restoreRevision({ status: "idle" }, { revisionId: removal.id, basedOnId: removal.id })).status).toBe("success");
    expect((await t.db.scheduleException.findUniqueOrThrow({ where: { id: exception.id } })).reason).toBe("Verbouwing");
  });

  it("refuses to restore a part whose service no longer exists, changing nothing", async () => {
    const organizationId = await organisationId(t.db, SLUGS.a);
    const ownerId = await userId(t.db, EMAILS.ownerA);
    const service = await t.db.service.create({ data: { organizationId, slug: "weg-te-halen", name: "Weg te halen", description: "Proef" } });
    const snapshot = await serviceSnapshot(t.db, service.id);
    await t.db.service.update({ where: { id: service.id }, data: { name: "Nieuwe naam" } });
    await recordRevision(t.db, { entityType: "Service", entityId: service.id, organizationId, userId: ownerId, action: "UPDATE", before: snapshot, after: await serviceSnapshot(t.db, service.id) });
    const revision = await newestRevision(organizationId);
    await t.db.service.delete({ where: { id: service.id } });

    actAs(ownerId);
    const before = await t.db.revision.count();
    const result = await restoreRevision({ status: "idle" }, { revisionId: revision.id, basedOnId: revision.id });
    expect(result.status).toBe("error");
    expect(await t.db.service.findUnique({ where: { id: service.id } })).toBeNull();
    expect(await t.db.revision.count()).toBe(before);
  });
});
