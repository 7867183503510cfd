// Listing translations (ADR 0012): saving and removing them through the one action wrapper,
// version conflicts, revisions and restore, the public page's choice of text and the APIs'
// locale parameter. Against the real database (embedded; with TEST_DATABASE_URL the server).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as hsdsGet } from "@/app/api/hsds/services/route";
import { getPublishedOrganisationDetail } from "@/lib/organisations/detail-queries";
import { handleServicesRequest } from "@/lib/search/api-handler";
import type { SearchResult } from "@/lib/search/types";
import { removeTranslation, saveTranslation } from "@/lib/listings/translation-actions";
import { restoreRevision } from "@/lib/listings/restore-actions";
import { buildHandout } from "@/lib/print/handout";
import { printTranslator } from "@/lib/print/messages";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";

const t = withTestDatabase();
const NOW = new Date("2026-12-08T11:00:00+01:00");

const organisationOf = (slug: string) => t.db.organization.findUniqueOrThrow({ where: { slug }, include: { services: { orderBy: { slug: "asc" } } } });
const newestRevision = (entityId: string) => t.db.revision.findFirstOrThrow({ where: { entityId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

describe("saving and removing a translation", () => {
  it("saves the organisation's description in Arabic: a row, a new version and a revision with the text", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const o = await organisationOf(SLUGS.a);
    const state = await saveTranslation({ status: "idle" }, { part: "organisation", organizationId: o.id, locale: "ar", version: String(o.version), description: "  نساعدك في الرسائل والاستمارات.  " });
    expect(state).toMatchObject({ status: "success", message: "De vertaling is opgeslagen en staat nu op de kaart." });
    const row = await t.db.organizationTranslation.findUniqueOrThrow({ where: { organizationId_locale: { organizationId: o.id, locale: "ar" } } });
    expect(row.description).toBe("نساعدك في الرسائل والاستمارات.");
    expect((await organisationOf(SLUGS.a)).version).toBe(o.version + 1);
    const revision = await newestRevision(o.id);
    expect(revision).toMatchObject({ entityType: "Organization", action: "UPDATE", organizationId: o.id });
    expect(revision.before).not.toHaveProperty("translations");
    expect(revision.after).toMatchObject({ description: o.description, translations: { ar: { description: "نساعدك في الرسائل والاستمارات." } } });
  });

  it("saves a service's eligibility alone, and edits it again in place", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const service = (await organisationOf(SLUGS.a)).services[0];
    const first = await saveTranslation({ status: "idle" }, { part: "service", organizationId: service.organizationId, serviceId: service.id, locale: "tr", version: String(service.version), description: "", eligibility: "Herkes için." });
    expect(first.status).toBe("success");
    const second = await saveTranslation({ status: "idle" }, { part: "service", organizationId: service.organizationId, serviceId: service.id, locale: "tr", version: String(service.version + 1), description: "Mektuplar için yardım.", eligibility: "Herkes için." });
    expect(second.status).toBe("success");
    const rows = await t.db.serviceTranslation.findMany({ where: { serviceId: service.id } });
    expect(rows).toEqual([{ serviceId: service.id, locale: "tr", description: "Mektuplar için yardım.", eligibility: "Herkes için." }]);
  });

  it("refuses empty, too long and unknown-language input with field messages, and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const o = await organisationOf(SLUGS.a);
    const service = o.services[0];
    const base = { part: "service", organizationId: o.id, serviceId: service.id, version: String(service.version) };
    const empty = await saveTranslation({ status: "idle" }, { ...base, locale: "pl", description: " ", eligibility: "" });
    expect(empty.status === "error" && empty.fieldErrors?.description).toEqual(["Vul dit veld in."]);
    const long = await saveTranslation({ status: "idle" }, { ...base, locale: "pl", description: "a".repeat(2001) });
    expect(long.status === "error" && long.fieldErrors?.description?.[0]).toMatch(/2000/);
    const dutch = await saveTranslation({ status: "idle" }, { part: "organisation", organizationId: o.id, version: String(o.version), locale: "nl", description: "Geen vertaling" });
    expect(dutch.status === "error" && Object.keys(dutch.fieldErrors ?? {})).toEqual(["locale"]);
    expect(await t.db.serviceTranslation.count({ where: { serviceId: service.id, locale: "pl" } })).toBe(0);
    expect(await t.db.organizationTranslation.count({ where: { organizationId: o.id, locale: "nl" } })).toBe(0);
    expect((await organisationOf(SLUGS.a)).version).toBe(o.version);
  });

  it("detects an edit made meanwhile instead of overwriting it", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const o = await organisationOf(SLUGS.a);
    const stale = { part: "organisation", organizationId: o.id, locale: "uk", version: String(o.version) };
    expect((await saveTranslation({ status: "idle" }, { ...stale, description: "Перший" })).status).toBe("success");
    const second = await saveTranslation({ status: "idle" }, { ...stale, description: "Другий" });
    expect(second.status).toBe("conflict");
    if (second.status === "conflict") {
      expect(second.changes).toEqual([{ field: "description", yours: "Другий", theirs: "Перший" }]);
      expect(second.currentVersion).toBe(o.version + 1);
    }
    const removeStale = await removeTranslation({ status: "idle" }, { part: "organisation", organizationId: o.id, ownerId: o.id, locale: "uk", version: String(o.version) });
    expect(removeStale.status).toBe("conflict");
    expect((await t.db.organizationTranslation.findUniqueOrThrow({ where: { organizationId_locale: { organizationId: o.id, locale: "uk" } } })).description).toBe("Перший");
  });

  it("refuses a coordinator of another listing, whatever ids are posted", async () => {
    actAs(await userId(t.db, EMAILS.ownerB));
    const o = await organisationOf(SLUGS.a);
    const state = await saveTranslation({ status: "idle" }, { part: "organisation", organizationId: o.id, locale: "en", version: String(o.version), description: "Taken over" });
    expect(state.status).toBe("error");
    const b = await organisationOf(SLUGS.b);
    // Their own organisation's id with A's service: the service is not theirs.
    const mixed = await saveTranslation({ status: "idle" }, { part: "service", organizationId: b.id, serviceId: o.services[0].id, locale: "en", version: String(o.services[0].version), description: "Taken over" });
    expect(mixed.status).toBe("error");
    expect(await t.db.organizationTranslation.count({ where: { organizationId: o.id, locale: "en" } })).toBe(0);
    expect(await t.db.serviceTranslation.count({ where: { serviceId: o.services[0].id, locale: "en" } })).toBe(0);
  });

  it("translates an address's 'how to get there' into the history of the listing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const o = await organisationOf(SLUGS.a);
    const link = await t.db.organizationLocation.findFirstOrThrow({ where: { organizationId: o.id }, include: { location: true } });
    const state = await saveTranslation({ status: "idle" }, { part: "location", organizationId: o.id, locationId: link.locationId, locale: "ar", version: String(link.location.version), transportation: "الحافلة 1." });
    expect(state.status).toBe("success");
    const revision = await newestRevision(link.locationId);
    expect(revision).toMatchObject({ entityType: "Location", organizationId: o.id, action: "UPDATE" });
    expect(revision.after).toMatchObject({ translations: { ar: { transportation: "الحافلة 1." } } });
    expect((await t.db.location.findUniqueOrThrow({ where: { id: link.locationId } })).version).toBe(link.location.version + 1);
  });
});

describe("restoring a translation", () => {
  it("brings a removed translation back, and takes an added one away again", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const id = await organisationId(t.db, SLUGS.a);
    const service = (await organisationOf(SLUGS.a)).services[0];
    const key = { serviceId_locale: { serviceId: service.id, locale: "ar" } };
    const saved = await saveTranslation({ status: "idle" }, { part: "service", organizationId: id, serviceId: service.id, locale: "ar", version: String((await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).version), description: "مساعدة في الرسائل.", eligibility: "للجميع." });
    expect(saved.status).toBe("success");
    const added = await newestRevision(service.id);
    const version = (await t.db.service.findUniqueOrThrow({ where: { id: service.id } })).version;
    expect((await removeTranslation({ status: "idle" }, { part: "service", organizationId: id, ownerId: service.id, locale: "ar", version: String(version) })).status).toBe("success");
    expect(await t.db.serviceTranslation.findUnique({ where: key })).toBeNull();
    const removed = await newestRevision(service.id);
    expect(removed.before).toMatchObject({ translations: { ar: { description: "مساعدة في الرسائل.", eligibility: "للجميع." } } });

    // Undo the removal: the translation is back, and that is a revision too.
    const undo = await restoreRevision({ status: "idle" }, { revisionId: removed.id, basedOnId: removed.id });
    expect(undo.status).toBe("success");
    expect(await t.db.serviceTranslation.findUnique({ where: key })).toMatchObject({ description: "مساعدة في الرسائل.", eligibility: "للجميع." });
    const restore = await newestRevision(service.id);
    expect(restore.action).toBe("RESTORE");

    // Undo the first save: back to before it, without the Arabic translation.
    const back = await restoreRevision({ status: "idle" }, { revisionId: added.id, basedOnId: restore.id });
    expect(back.status).toBe("success");
    expect(await t.db.serviceTranslation.findUnique({ where: key })).toBeNull();
  });

  it("puts an address's translation back with the address", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const id = await organisationId(t.db, SLUGS.a);
    const link = await t.db.organizationLocation.findFirstOrThrow({ where: { organizationId: id }, include: { location: true } });
    const key = { locationId_locale: { locationId: link.locationId, locale: "tr" } };
    expect((await saveTranslation({ status: "idle" }, { part: "location", organizationId: id, locationId: link.locationId, locale: "tr", version: String(link.location.version), transportation: "Otobüs 1." })).status).toBe("success");
    const saved = await newestRevision(link.locationId);
    const version = (await t.db.location.findUniqueOrThrow({ where: { id: link.locationId } })).version;
    expect((await removeTranslation({ status: "idle" }, { part: "location", organizationId: id, ownerId: link.locationId, locale: "tr", version: String(version) })).status).toBe("success");
    const removed = await t.db.revision.findFirstOrThrow({ where: { entityId: link.locationId, organizationId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(removed.id).not.toBe(saved.id);
    expect((await restoreRevision({ status: "idle" }, { revisionId: removed.id, basedOnId: removed.id })).status).toBe("success");
    expect((await t.db.locationTranslation.findUniqueOrThrow({ where: key })).transportation).toBe("Otobüs 1.");
  });
});

describe("the public page", () => {
  it("shows the visitor's language where there is a translation, and says which texts are Dutch", async () => {
    const arabic = await getPublishedOrganisationDetail("al-amal", NOW, null, "ar");
    expect(arabic?.textLang).toEqual({ description: "ar" });
    expect(arabic?.description).toMatch(/الأمل/);
    const home = arabic?.services.find((s) => s.slug === "begeleiding-aan-huis");
    expect(home?.textLang).toEqual({ description: "ar", eligibility: "ar" });
    expect(home?.eligibility).toMatch(/للعائلات/);

    // No Turkish translation: the Dutch texts, marked as Dutch.
    const turkish = await getPublishedOrganisationDetail("al-amal", NOW, null, "tr");
    const dutch = await getPublishedOrganisationDetail("al-amal", NOW, null, "nl");
    expect(turkish?.description).toBe(dutch?.description);
    expect(turkish?.textLang).toEqual({ description: "nl" });
    expect(turkish?.services.every((s) => s.textLang.description === "nl")).toBe(true);
  });

  it("translates 'how to get there' of every place on the page, and reads only the visitor's locale", async () => {
    const polish = await getPublishedOrganisationDetail("inloop-geld-en-post-zuilen", NOW, null, "pl");
    const place = polish?.locations[0].location;
    expect(place?.transportation).toBe("Autobus 9 i 29, przystanek Amsterdamsestraatweg.");
    expect(place?.textLang).toEqual({ transportation: "pl" });
    expect(place?.translations.map((row) => row.locale)).toEqual(["pl"]);
    expect(polish?.services[0].locations[0].location.textLang.transportation).toBe("pl");
    const english = await getPublishedOrganisationDetail("inloop-geld-en-post-zuilen", NOW, null, "en");
    expect(english?.locations[0].location).toMatchObject({ transportation: "Bus 9 en 29, halte Amsterdamsestraatweg.", textLang: { transportation: "nl" }, translations: [] });
  });
});

describe("the printed folder", () => {
  it("has the description in the folder's language when translated, and says when it is Dutch", async () => {
    for (const [locale, lang] of [["ar", "ar"], ["tr", "nl"]] as const) {
      const detail = await getPublishedOrganisationDetail("al-amal", NOW, null, locale);
      const handout = buildHandout(detail!, NOW, locale, "https://kaart.example", await printTranslator(locale));
      expect(handout.summaryLang).toBe(lang);
      expect(handout.summary.startsWith(detail!.description.slice(0, 20))).toBe(true);
    }
  });
});

describe("the APIs' locale", () => {
  const v1 = (query: string) => handleServicesRequest(new NextRequest(`http://localhost/api/v1/services?${query}`), NOW);
  const hsds = (query: string) => hsdsGet(new NextRequest(`http://localhost/api/hsds/services?${query}`));

  it("/api/v1/services?locale= returns the translated texts and says which language each is in", async () => {
    const body = (await (await v1("q=al amal&locale=ar&per_page=20")).json()) as SearchResult;
    const home = body.items.find((item) => item.service.slug === "begeleiding-aan-huis" && item.organization.slug === "al-amal");
    expect(home?.service.textLanguages).toEqual({ description: "ar", eligibility: "ar" });
    expect(home?.service.eligibility).toMatch(/للعائلات/);
    const dutch = (await (await v1("q=al amal&per_page=20")).json()) as SearchResult;
    const same = dutch.items.find((item) => item.service.slug === "begeleiding-aan-huis" && item.organization.slug === "al-amal");
    expect(same?.service.textLanguages).toEqual({ description: "nl", eligibility: "nl" });
    expect(same?.service.eligibility).toBe("Voor gezinnen en vrouwen die de weg naar hulp moeilijk vinden.");
    // `lang` keeps its meaning: the languages spoken.
    const spoken = (await (await v1("lang=ar&locale=tr&per_page=5")).json()) as SearchResult;
    expect(spoken.items.every((item) => item.service.languages.includes("ar"))).toBe(true);
  });

  it("/api/v1/services answers an unknown locale with 400 naming it", async () => {
    const response = await v1("locale=fr");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_parameter", parameter: "locale", message: "locale moet een van nl, en, ar, tr, pl, uk zijn" });
  });

  it("/api/hsds/services takes lang or locale and marks each text's language", async () => {
    type Service = { organization: { id: string; description: string; text_languages: { description: string } }; eligibility_description?: string; text_languages: { description: string; eligibility_description: string }; service_at_locations: { location: { transportation?: string; text_languages: { transportation: string } } }[] };
    for (const query of ["lang=ar", "locale=ar"]) {
      const response = await hsds(`${query}&per_page=200`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { locale: string; contents: Service[] };
      expect(body.locale).toBe("ar");
      // Al Amal's two services, with the organisation's Arabic description.
      const ours = body.contents.filter((s) => s.organization.description.includes("الأمل"));
      expect(ours.length).toBe(2);
      expect(ours.every((s) => s.organization.text_languages.description === "ar" && s.text_languages.description === "ar")).toBe(true);
    }
    const zuilen = (await (await hsds("lang=tr&per_page=200")).json()) as { contents: Service[] };
    const place = zuilen.contents.flatMap((s) => s.service_at_locations).find((sal) => sal.location.transportation?.startsWith("9 ve 29"));
    expect(place?.location.text_languages).toEqual({ transportation: "tr" });
    const plain = (await (await hsds("per_page=1")).json()) as { locale: string; contents: Service[] };
    expect(plain.locale).toBe("nl");
    expect(plain.contents[0].text_languages.description).toBe("nl");
  });

  it("/api/hsds/services answers an unknown or contradictory language with 400", async () => {
    const unknown = await hsds("lang=xx");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: "invalid_parameter", parameter: "lang", message: "lang moet een van nl, en, ar, tr, pl, uk zijn" });
    const both = await hsds("lang=ar&locale=tr");
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ parameter: "locale" });
  });
});
