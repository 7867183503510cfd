// Only PUBLISHED listings are public. A listing that is a draft, waits for review, was
// rejected or is archived must be absent from every public query: the organisation page,
// the map's list and search, the wijk pages (help, buurtteams, networks), other listings'
// referrals and the HSDS export.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as hsdsRoute } from "@/app/api/hsds/services/route";
import { hsdsId } from "@/lib/hsds/ids";
import { hsdsServicePage } from "@/lib/hsds/queries";
import { findPublishedOrganisationSummary, getPublishedOrganisationDetail } from "@/lib/organisations/detail-queries";
import { listPublishedOrganisations } from "@/lib/organisations/queries";
import { searchServices } from "@/lib/search/queries";
import { searchParamsInput, searchParamsSchema } from "@/lib/search/schemas";
import { getWijkPage } from "@/lib/wijken/queries";
import type { ListingStatus } from "@/lib/generated/prisma/enums";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

// In Overvecht, with a located service, a confirmed referral to the Overvecht-Zuid buurtteam
// and a seat in the NOA network lunch: it shows up in every public list.
const SLUG = "formulierenspreekuur-overvecht";
const REFERRAL_PARTNER = "buurtteam-sociaal-overvecht-zuid";
const NOW = new Date("2026-11-17T13:00:00.000Z");

async function search(query: string) {
  const params = searchParamsSchema.parse(searchParamsInput(new URLSearchParams(`${query}&per_page=100`)));
  return searchServices(params, { now: NOW });
}

/** Where the listing can be seen in public, per query. */
async function publicSightings(slug: string) {
  const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const hsdsOrganisationId = hsdsId("organization", organisation.id);
  const [detail, summary, list, byName, byWijk, wijk, partner, hsds, hsdsResponse] = await Promise.all([
    getPublishedOrganisationDetail(slug, NOW),
    findPublishedOrganisationSummary(slug),
    listPublishedOrganisations(),
    search("q=formulierenspreekuur"),
    search("wijk=overvecht"),
    getWijkPage("overvecht"),
    getPublishedOrganisationDetail(REFERRAL_PARTNER, NOW),
    hsdsServicePage(1, 500),
    hsdsRoute(new NextRequest("http://localhost/api/hsds/services?per_page=200")).then((response) => response.json()),
  ]);
  if (!wijk || !partner) throw new Error("seed changed: Overvecht or the referral partner is missing");
  return {
    detail: detail !== null,
    summary: summary !== null,
    mapList: list.some((o) => o.slug === slug),
    searchByName: byName.items.some((item) => item.organization.slug === slug),
    searchByWijk: byWijk.items.some((item) => item.organization.slug === slug),
    wijkHelp: wijk.services.some((service) => service.organization.slug === slug),
    wijkNetworks: wijk.networks.some((network) => network.members.some((member) => member.organization.slug === slug)),
    referral: partner.referralsIn.some((referral) => referral.fromOrganization.slug === slug),
    hsds: hsds.contents.some((service) => service.organization_id === hsdsOrganisationId),
    hsdsApi: (hsdsResponse.contents as { organization_id: string }[]).some((service) => service.organization_id === hsdsOrganisationId),
  };
}

async function setStatus(status: ListingStatus) {
  await t.db.organization.update({ where: { slug: SLUG }, data: { status } });
}

describe("listings that are not published stay out of public view", () => {
  afterEach(async () => {
    await setStatus("PUBLISHED");
  });

  it("shows the published listing everywhere (so the checks below can fail)", async () => {
    const seen = await publicSightings(SLUG);
    expect(Object.entries(seen).filter(([, visible]) => !visible)).toEqual([]);
  });

  it.each(["DRAFT", "PENDING", "REJECTED", "ARCHIVED"] as const)("hides a %s listing from every public query", async (status) => {
    await setStatus(status);
    const seen = await publicSightings(SLUG);
    expect(Object.entries(seen).filter(([, visible]) => visible)).toEqual([]);
  });
});
