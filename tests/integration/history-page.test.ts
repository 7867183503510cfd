import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { getOrganisationHistory, HISTORY_PAGE_SIZE } from "../../lib/listings/history-queries";
import { describeChanges } from "../../lib/listings/history-diff";
import { recordRevision } from "../../lib/listings/revisions";
import { organisationSnapshot } from "../../lib/listings/organisation-snapshot";
import { saveHours } from "../../lib/listings/hours-actions";
import { restoreRevision } from "../../lib/listings/restore-actions";
import { verifyListing } from "../../lib/listings/verify-actions";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { select: { organizationId: true, role: true } } } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, isProfessional: user.isProfessional, memberships: user.memberships };
}

describe("the changes of a revision as the history shows them", () => {
  it("lists added and removed items of lists, and old and new values of the rest", () => {
    expect(
      describeChanges(
        { name: "Oud", wijkCodes: ["WK034401", "WK034402"], phases: ["OPLOSSEN", "NAZORG"], organizationId: "x" },
        { name: "Nieuw", wijkCodes: ["WK034402", "WK034403"], phases: ["NAZORG", "OPLOSSEN"], organizationId: "y" },
      ),
    ).toEqual([
      { field: "name", kind: "value", before: "Oud", after: "Nieuw" },
      { field: "wijkCodes", kind: "list", added: ["WK034403"], removed: ["WK034401"] },
    ]);
    // Shown in the order of the forms, whatever order the stored snapshot has.
    expect(describeChanges(null, { reason: "Kerst", startDate: "2026-12-24", kind: "CLOSED" }).map((c) => c.field)).toEqual(["kind", "startDate", "reason"]);
    // Stored snapshots come back with their keys in another order: that is no change.
    expect(describeChanges({ rules: [{ opensAt: "09:00", byDay: "MO" }] }, { rules: [{ byDay: "MO", opensAt: "09:00" }] })).toEqual([]);
  });
});

describe("the history of a listing", () => {
  it("shows every change newest first, with who, the part and the differences", async () => {
    const orgId = await organisationId(t.db, SLUGS.a);
    const ownerId = await userId(t.db, EMAILS.ownerA);
    const place = await t.db.serviceAtLocation.findFirstOrThrow({
      where: { service: { organizationId: orgId } },
      select: { id: true, serviceId: true, service: { select: { name: true, version: true } }, location: { select: { name: true } } },
    });
    actAs(ownerId);
    expect(
      (
        await saveHours({ status: "idle" }, {
          serviceId: place.serviceId,
          serviceAtLocationId: place.id,
          version: String(place.service.version),
          rules: [{ byDay: "WE", repeat: "WEEKLY", opensAt: "13:00", closesAt: "15:00", description: "", validFrom: "", validTo: "" }],
        })
      ).status,
    ).toBe("success");
    expect((await verifyListing({ status: "idle" }, { organizationId: orgId })).status).toBe("success");

    const history = await getOrganisationHistory(await sessionUser(EMAILS.editorA), orgId, 1, "nl");
    const [verify, hours] = history.entries;
    expect(verify).toMatchObject({ entityType: "Listing", action: "VERIFY", who: "Olga (Formulierenspreekuur Overvecht)", restore: null });
    expect(hours).toMatchObject({ entityType: "Hours", action: "UPDATE", who: "Olga (Formulierenspreekuur Overvecht)" });
    expect(hours.subject).toContain(place.service.name);
    expect(hours.subject).toContain(place.location.name);
    const rules = hours.changes.find((c) => c.field === "rules");
    expect(rules?.kind === "list" && rules.added).toEqual([expect.objectContaining({ byDay: "WE", opensAt: "13:00", closesAt: "15:00" })]);
    // The newest change of a part can be undone, based on itself.
    expect(hours.restore).toEqual({ basedOnId: hours.id, laterChanges: false });
  });

  it("offers no second restore once the part is back as it was, and shows the restore itself", async () => {
    const orgId = await organisationId(t.db, SLUGS.a);
    const editor = await sessionUser(EMAILS.editorA);
    const [, hours] = (await getOrganisationHistory(editor, orgId, 1, "nl")).entries;
    actAs(editor.id);
    expect((await restoreRevision({ status: "idle" }, { revisionId: hours.id, basedOnId: hours.restore!.basedOnId })).status).toBe("success");
    const after = await getOrganisationHistory(editor, orgId, 1, "nl");
    const [restore] = after.entries;
    expect(restore).toMatchObject({ entityType: "Hours", action: "RESTORE", who: "Rana (redacteur Formulierenspreekuur)" });
    // Undoing the restore is possible; the change it undid is not offered again.
    expect(restore.restore).toEqual({ basedOnId: restore.id, laterChanges: false });
    const undone = after.entries.find((e) => e.id === hours.id);
    expect(undone?.restore).toBeNull();
  });

  it("names deleted accounts, and looks up names of categories instead of showing ids", async () => {
    const orgId = await organisationId(t.db, SLUGS.a);
    const gone = await t.db.user.create({ data: { email: "weg@sociale-kaart.test", name: "Weg" } });
    const categories = await t.db.category.findMany({ take: 2, orderBy: { slug: "asc" } });
    const service = await t.db.service.findFirstOrThrow({ where: { organizationId: orgId } });
    await recordRevision(t.db, {
      entityType: "Service",
      entityId: service.id,
      organizationId: orgId,
      userId: gone.id,
      action: "UPDATE",
      before: { name: service.name, categoryIds: [categories[0].id] },
      after: { name: service.name, categoryIds: [categories[1].id] },
    });
    await t.db.user.delete({ where: { id: gone.id } });

    const [entry] = (await getOrganisationHistory(await sessionUser(EMAILS.ownerA), orgId, 1, "nl")).entries;
    expect(entry.who).toBeNull();
    expect(entry.subject).toBe(service.name);
    const history = await getOrganisationHistory(await sessionUser(EMAILS.ownerA), orgId, 1, "en");
    expect(history.names[categories[1].id]).toBe(categories[1].nameEn);
    expect(entry.changes).toEqual([{ field: "categoryIds", kind: "list", added: [categories[1].id], removed: [categories[0].id] }]);
  });

  it("pages through long histories and keeps page numbers in range", async () => {
    const orgId = await organisationId(t.db, SLUGS.b);
    const ownerId = await userId(t.db, EMAILS.ownerB);
    const snapshot = await organisationSnapshot(t.db, orgId);
    for (let i = 0; i < HISTORY_PAGE_SIZE + 5; i += 1) {
      await recordRevision(t.db, { entityType: "Organization", entityId: orgId, organizationId: orgId, userId: ownerId, action: "UPDATE", before: snapshot, after: { ...snapshot, phone: `030 ${i}` } });
    }
    await t.db.organization.update({ where: { id: orgId }, data: { phone: `030 ${HISTORY_PAGE_SIZE + 4}` } });
    const owner = await sessionUser(EMAILS.ownerB);
    const first = await getOrganisationHistory(owner, orgId, 1, "nl");
    expect(first).toMatchObject({ total: HISTORY_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.entries[0].changes).toEqual([{ field: "phone", kind: "value", before: snapshot?.phone ?? null, after: `030 ${HISTORY_PAGE_SIZE + 4}` }]);
    // Older changes of the same part say that restoring them undoes the later ones too.
    expect(first.entries[1].restore?.laterChanges).toBe(true);
    const second = await getOrganisationHistory(owner, orgId, 2, "nl");
    expect(second.entries).toHaveLength(5);
    expect(second.entries.at(-1)?.changes[0]).toMatchObject({ after: "030 0" });
    expect((await getOrganisationHistory(owner, orgId, 99, "nl")).page).toBe(2);
    expect((await getOrganisationHistory(owner, orgId, Number("abc"), "nl")).page).toBe(1);
  });

  it("shows nothing of another organisation's history", async () => {
    const orgId = await organisationId(t.db, SLUGS.a);
    const other = await getOrganisationHistory(await sessionUser(EMAILS.ownerB), orgId, 1, "nl");
    expect(other).toMatchObject({ total: 0, entries: [] });
    const moderator = await getOrganisationHistory(await sessionUser(EMAILS.moderator), orgId, 1, "nl");
    expect(moderator.total).toBeGreaterThan(0);
  });
});
