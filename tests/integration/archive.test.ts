import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { archiveListing, unarchiveListing } from "../../lib/listings/archive-actions";
import { searchServices } from "../../lib/search/queries";
import { searchParamsInput, searchParamsSchema } from "../../lib/search/schemas";
import { findPublishedOrganisationSummary, getPublishedOrganisationDetail } from "../../lib/organisations/detail-queries";
import { getWijkPage } from "../../lib/wijken/queries";

const t = withTestDatabase();

async function organisation(slug: string) {
  return t.db.organization.findUniqueOrThrow({ where: { slug } });
}

async function snapshotOf(slug: string) {
  return { organisation: await organisation(slug), revisions: await t.db.revision.count() };
}

/** Every service of the organisation the public search finds (the seed has fewer than 100 items). */
async function publicSearchHits(slug: string): Promise<number> {
  const params = searchParamsSchema.parse(searchParamsInput(new URLSearchParams("per_page=100")));
  const all = [];
  for (let page = 1; ; page += 1) {
    const result = await searchServices({ ...params, page });
    all.push(...result.items);
    if (all.length >= result.total || result.items.length === 0) break;
  }
  return all.filter((item) => item.organization.slug === slug).length;
}

/** Whether the organisation's services appear on the page of the wijk its first address is in. */
async function onWijkPage(slug: string): Promise<boolean> {
  const location = await t.db.location.findFirstOrThrow({
    where: { organizations: { some: { organization: { slug } } }, buurtCode: { not: null } },
    select: { buurt: { select: { wijk: { select: { slug: true } } } } },
  });
  const page = await getWijkPage(location.buurt!.wijk.slug);
  return Boolean(page?.services.some((service) => service.organization.slug === slug));
}

describe("archiving a listing", () => {
  it("takes it off the public map, search, organisation and wijk pages, and puts it back", async () => {
    const { id } = await organisation(SLUGS.a);
    expect(await publicSearchHits(SLUGS.a)).toBeGreaterThan(0);
    expect(await onWijkPage(SLUGS.a)).toBe(true);

    actAs(await userId(t.db, EMAILS.ownerA));
    const archived = await archiveListing({ status: "idle" }, { organizationId: id });
    expect(archived.status).toBe("success");
    expect(await organisation(SLUGS.a)).toMatchObject({ status: "ARCHIVED", statusBeforeArchive: "PUBLISHED" });
    const revision = await t.db.revision.findFirstOrThrow({ where: { organizationId: id, entityType: "Listing" }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ action: "ARCHIVE", entityId: id, before: { status: "PUBLISHED" }, after: { status: "ARCHIVED" } });

    expect(await getPublishedOrganisationDetail(SLUGS.a)).toBeNull();
    expect(await findPublishedOrganisationSummary(SLUGS.a)).toBeNull();
    expect(await publicSearchHits(SLUGS.a)).toBe(0);
    expect(await onWijkPage(SLUGS.a)).toBe(false);

    const unarchived = await unarchiveListing({ status: "idle" }, { organizationId: id });
    expect(unarchived.status).toBe("success");
    expect(await organisation(SLUGS.a)).toMatchObject({ status: "PUBLISHED", statusBeforeArchive: null });
    const back = await t.db.revision.findFirstOrThrow({ where: { organizationId: id, action: "UNARCHIVE" } });
    expect(back).toMatchObject({ entityType: "Listing", before: { status: "ARCHIVED" }, after: { status: "PUBLISHED" } });
    expect(await getPublishedOrganisationDetail(SLUGS.a)).not.toBeNull();
    expect(await publicSearchHits(SLUGS.a)).toBeGreaterThan(0);
  });

  it("returns a listing to the status it had: a pending one waits for approval again", async () => {
    const { id } = await organisation(SLUGS.b);
    await t.db.organization.update({ where: { id }, data: { status: "PENDING" } });
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect((await organisation(SLUGS.b)).status).toBe("PENDING");
    await t.db.organization.update({ where: { id }, data: { status: "PUBLISHED" } });
  });

  it("archiving twice records one change", async () => {
    const { id } = await organisation(SLUGS.b);
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    const before = await snapshotOf(SLUGS.b);
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect(await snapshotOf(SLUGS.b)).toEqual(before);
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
  });

  it("refuses editors, owners of another organisation and visitors, changing nothing", async () => {
    const { id } = await organisation(SLUGS.a);
    const before = await snapshotOf(SLUGS.a);

    actAs(await userId(t.db, EMAILS.editorA));
    const editor = await archiveListing({ status: "idle" }, { organizationId: id });
    expect(editor.status === "error" && editor.message).toMatch(/Dit mag u niet wijzigen/);
    expect(await snapshotOf(SLUGS.a)).toEqual(before);

    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect(await snapshotOf(SLUGS.a)).toEqual(before);

    actAs(null);
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect(await snapshotOf(SLUGS.a)).toEqual(before);

    actAs(await userId(t.db, EMAILS.ownerA));
    const empty = await archiveListing({ status: "idle" }, { organizationId: "" });
    expect(empty.status === "error" && empty.fieldErrors?.organizationId).toEqual(["Vul dit veld in."]);
    expect(await snapshotOf(SLUGS.a)).toEqual(before);
  });

  it("refuses to unarchive someone else's archived listing", async () => {
    const { id } = await organisation(SLUGS.b);
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    const before = await snapshotOf(SLUGS.b);
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("error");
    expect(await snapshotOf(SLUGS.b)).toEqual(before);

    actAs(await userId(t.db, EMAILS.moderator));
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect((await organisation(SLUGS.b)).status).toBe("PUBLISHED");
  });

  it("lets a moderator archive any listing", async () => {
    const { id } = await organisation(SLUGS.b);
    actAs(await userId(t.db, EMAILS.moderator), { locale: "en" });
    const result = await archiveListing({ status: "idle" }, { organizationId: id });
    expect(result.status === "success" && result.message).toMatch(/taken off the map/);
    expect((await organisation(SLUGS.b)).status).toBe("ARCHIVED");
  });

  it("a listing a moderator archived goes back through review when its owner brings it back", async () => {
    const { id } = await organisation(SLUGS.a);
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await archiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect((await organisation(SLUGS.a)).status).toBe("PENDING");
    // A moderator bringing it back restores the published status.
    actAs(await userId(t.db, EMAILS.moderator));
    await archiveListing({ status: "idle" }, { organizationId: id });
    await t.db.organization.update({ where: { id }, data: { statusBeforeArchive: "PUBLISHED" } });
    expect((await unarchiveListing({ status: "idle" }, { organizationId: id })).status).toBe("success");
    expect((await organisation(SLUGS.a)).status).toBe("PUBLISHED");
  });
});
