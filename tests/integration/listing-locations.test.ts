// Adding, editing and unlinking an organisation's addresses (lib/listings/location-actions.ts)
// against the real database, with the PDOK stub standing in for address look-ups.
import { afterEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { saveLocation, unlinkLocation } from "../../lib/listings/location-actions";
import { applyLocationSnapshot, locationSnapshot } from "../../lib/listings/location-snapshot";
import { withPdokStub } from "./support/pdok";

const t = withTestDatabase();
const pdok = withPdokStub();

afterEach(() => pdok.stub.setFailing(false));

/** A point in Overvecht, inside buurt BU03440321 (Zamenhofdreef en omgeving). */
const ZAMENHOFDREEF = { latitude: "52.1107", longitude: "5.1105" };
/** Damrak, Amsterdam. */
const AMSTERDAM = { latitude: "52.3752", longitude: "4.8952" };

/** The organisation's seeded address (addresses added by these tests are no example data). */
async function locationOf(slug: string) {
  return t.db.location.findFirstOrThrow({ where: { exampleData: true, organizations: { some: { organization: { slug } } } } });
}

async function editForm(slug: string) {
  const location = await locationOf(slug);
  return {
    organizationId: await organisationId(t.db, slug),
    locationId: location.id,
    version: String(location.version),
    name: location.name,
    address1: location.address1,
    postalCode: location.postalCode,
    city: location.city,
    description: location.description ?? "",
    accessibility: location.accessibility,
    accessibilityNote: location.accessibilityNote ?? "",
    transportation: location.transportation ?? "",
    latitude: String(location.latitude),
    longitude: String(location.longitude),
  };
}

async function newForm(slug: string) {
  return {
    organizationId: await organisationId(t.db, slug),
    name: "Inloop Zamenhofdreef",
    address1: "Zamenhofdreef 1",
    postalCode: "3562jt",
    city: "",
    accessibility: ["LIFT"],
    ...ZAMENHOFDREEF,
  };
}

/** Everything an address action may touch, to prove that a refusal changed nothing. */
async function state() {
  const [locations, links, places, revisions] = await Promise.all([
    t.db.location.findMany({ orderBy: { id: "asc" } }),
    t.db.organizationLocation.findMany({ orderBy: [{ organizationId: "asc" }, { locationId: "asc" }] }),
    t.db.serviceAtLocation.findMany({ orderBy: { id: "asc" } }),
    t.db.revision.count(),
  ]);
  return { locations, links, places, revisions };
}

describe("adding an address", () => {
  it("adds it with its buurt derived from the point, the postcode tidied and Utrecht as the town", async () => {
    const ownerA = await userId(t.db, EMAILS.ownerA);
    actAs(ownerA);
    const input = await newForm(SLUGS.a);
    const result = await saveLocation({ status: "idle" }, input);
    expect(result).toMatchObject({ status: "success", message: "Het adres is toegevoegd." });
    const id = result.status === "success" ? result.data?.locationId : undefined;
    const saved = await t.db.location.findUniqueOrThrow({ where: { id }, include: { organizations: true } });
    expect(saved).toMatchObject({ postalCode: "3562 JT", city: "Utrecht", buurtCode: "BU03440321", latitude: 52.1107, longitude: 5.1105, accessibility: ["LIFT"] });
    expect(saved.organizations.map((o) => o.organizationId)).toEqual([input.organizationId]);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Location", entityId: saved.id } });
    expect(revision).toMatchObject({ action: "CREATE", organizationId: input.organizationId, userId: ownerA, before: null });
    expect(revision.after).toMatchObject({ linked: true, organizationId: input.organizationId, address1: "Zamenhofdreef 1", serviceIds: [] });
  });

  it("looks the address up at PDOK when the form sends no point", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const result = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), name: "Zonder speld", latitude: "", longitude: "" });
    expect(result.status).toBe("success");
    const saved = await t.db.location.findFirstOrThrow({ where: { name: "Zonder speld" } });
    expect(saved).toMatchObject({ latitude: 52.1107, longitude: 5.1105, buurtCode: "BU03440321" });
    expect(pdok.stub.requests.some((r) => r.startsWith("/free"))).toBe(true);
  });

  it("says so when PDOK is down and there is no point, and still saves a pinned address", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    pdok.stub.setFailing(true);
    const before = await state();
    const failed = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), latitude: "", longitude: "" });
    expect(failed.status).toBe("error");
    if (failed.status === "error") expect(failed.fieldErrors?.address1?.[0]).toMatch(/Adres opzoeken lukt nu niet/);
    expect(await state()).toEqual(before);
    const pinned = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), name: "Met speld" });
    expect(pinned.status).toBe("success");
  });

  it("refuses an address outside Utrecht and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await state();
    const result = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), ...AMSTERDAM });
    expect(result.status).toBe("error");
    if (result.status === "error") expect(result.fieldErrors?.address1).toEqual(["Dit adres ligt niet in de gemeente Utrecht."]);
    expect(await state()).toEqual(before);
  });

  it("explains a wrong postcode, a missing street and half a point, and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await state();
    const result = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), postalCode: "35621", address1: " " });
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.fieldErrors?.postalCode).toEqual(["Vul een postcode in als 1234 AB."]);
    expect(result.fieldErrors?.address1).toEqual(["Vul dit veld in."]);
    const half = await saveLocation({ status: "idle" }, { ...(await newForm(SLUGS.a)), longitude: "" });
    expect(half.status === "error" && half.fieldErrors?.longitude).toEqual(["Vul dit veld in."]);
    expect(await state()).toEqual(before);
  });

  it("refuses adding an address to another organisation, and refuses visitors", async () => {
    const before = await state();
    actAs(await userId(t.db, EMAILS.ownerB));
    expect(await saveLocation({ status: "idle" }, await newForm(SLUGS.a))).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    actAs(null);
    expect(await saveLocation({ status: "idle" }, await newForm(SLUGS.a))).toMatchObject({ status: "error", message: expect.stringMatching(/niet \(meer\) ingelogd/) });
    expect(await state()).toEqual(before);
  });
});

describe("editing an address", () => {
  it("saves, bumps the version, re-derives the buurt and records before and after", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const input = { ...(await editForm(SLUGS.a)), transportation: "Bus 4", ...ZAMENHOFDREEF };
    const result = await saveLocation({ status: "idle" }, input);
    expect(result).toMatchObject({ status: "success", message: "Het adres is opgeslagen." });
    const saved = await t.db.location.findUniqueOrThrow({ where: { id: input.locationId } });
    expect(saved).toMatchObject({ transportation: "Bus 4", buurtCode: "BU03440321", version: Number(input.version) + 1 });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Location", entityId: input.locationId }, orderBy: { createdAt: "desc" } });
    expect(revision.action).toBe("UPDATE");
    expect(revision.before).toMatchObject({ transportation: null, buurtCode: "BU03440311", linked: true });
    expect(revision.after).toMatchObject({ transportation: "Bus 4", buurtCode: "BU03440321", linked: true });
  });

  it("reports a concurrent edit instead of overwriting it", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const stale = await editForm(SLUGS.a);
    expect((await saveLocation({ status: "idle" }, { ...stale, description: "Eerste" })).status).toBe("success");
    const second = await saveLocation({ status: "idle" }, { ...stale, description: "Tweede" });
    expect(second.status).toBe("conflict");
    if (second.status === "conflict") {
      expect(second.changes).toEqual([{ field: "description", yours: "Tweede", theirs: "Eerste" }]);
      expect(second.currentVersion).toBe(Number(stale.version) + 1);
    }
    expect((await locationOf(SLUGS.a)).description).toBe("Eerste");
  });

  it("never lets a coordinator change another organisation's address, whatever ids are posted", async () => {
    const formA = await editForm(SLUGS.a);
    const formB = await editForm(SLUGS.b);
    const before = await state();
    actAs(await userId(t.db, EMAILS.ownerB));
    // B's own organisation with A's address; A's organisation with A's address.
    for (const input of [{ ...formA, organizationId: formB.organizationId }, formA]) {
      expect(await saveLocation({ status: "idle" }, { ...input, name: "Overgenomen" })).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    }
    actAs(await userId(t.db, EMAILS.ownerA));
    // And the other way round: A's organisation with B's address.
    expect((await saveLocation({ status: "idle" }, { ...formB, organizationId: formA.organizationId, name: "Overgenomen" })).status).toBe("error");
    expect(await state()).toEqual(before);
  });

  it("changes a shared address for every organisation there, and lets a moderator edit it", async () => {
    const location = await locationOf(SLUGS.a);
    const idB = await organisationId(t.db, SLUGS.b);
    await t.db.organizationLocation.create({ data: { organizationId: idB, locationId: location.id } });
    actAs(await userId(t.db, EMAILS.ownerB));
    const asB = { ...(await editForm(SLUGS.a)), organizationId: idB, name: "Gedeelde plek" };
    expect((await saveLocation({ status: "idle" }, asB)).status).toBe("success");
    expect((await locationOf(SLUGS.a)).name).toBe("Gedeelde plek");
    // In the history of the organisation that changed it, and of the other one there
    // (tests/integration/shared-locations.test.ts has the rest).
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Location", entityId: location.id, organizationId: idB }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(revision).toMatchObject({ organizationId: idB, action: "UPDATE" });
    expect(revision.after).toMatchObject({ name: "Gedeelde plek", organizationId: idB, linked: true, linkedOrganisationIds: expect.arrayContaining([idB]) });
    const ofA = await t.db.revision.findFirstOrThrow({ where: { entityType: "Location", entityId: location.id, organizationId: await organisationId(t.db, SLUGS.a) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(ofA.after).toMatchObject({ name: "Gedeelde plek", changedVia: idB });
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await saveLocation({ status: "idle" }, { ...(await editForm(SLUGS.a)), name: "Buurtcentrum Taagdreef" })).status).toBe("success");
    await t.db.organizationLocation.delete({ where: { organizationId_locationId: { organizationId: idB, locationId: location.id } } });
  });
});

describe("unlinking an address", () => {
  it("refuses another organisation and a stale form, and changes nothing", async () => {
    const formA = await editForm(SLUGS.a);
    const formB = await editForm(SLUGS.b);
    const before = await state();
    actAs(await userId(t.db, EMAILS.ownerB));
    for (const input of [formA, { ...formA, organizationId: formB.organizationId }]) {
      expect((await unlinkLocation({ status: "idle" }, { organizationId: input.organizationId, locationId: input.locationId, version: input.version })).status).toBe("error");
    }
    actAs(await userId(t.db, EMAILS.ownerA));
    const stale = await unlinkLocation({ status: "idle" }, { organizationId: formA.organizationId, locationId: formA.locationId, version: String(Number(formA.version) - 1) });
    expect(stale.status).toBe("conflict");
    expect(await state()).toEqual(before);
  });

  it("takes the address and this organisation's services off it, keeps the row and others' services, and can be restored", async () => {
    const ownerA = await userId(t.db, EMAILS.ownerA);
    const form = await editForm(SLUGS.a);
    const idB = await organisationId(t.db, SLUGS.b);
    // B shares the address and offers its own service there.
    await t.db.organizationLocation.create({ data: { organizationId: idB, locationId: form.locationId } });
    const serviceB = await t.db.service.findFirstOrThrow({ where: { organizationId: idB } });
    const placeB = await t.db.serviceAtLocation.create({ data: { serviceId: serviceB.id, locationId: form.locationId } });
    const placeA = await t.db.serviceAtLocation.findFirstOrThrow({ where: { locationId: form.locationId, service: { organizationId: form.organizationId } }, include: { schedules: true, exceptions: true } });
    expect(placeA.schedules.length).toBeGreaterThan(0);

    actAs(ownerA);
    const result = await unlinkLocation({ status: "idle" }, { organizationId: form.organizationId, locationId: form.locationId, version: form.version });
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/weggehaald/) });

    expect(await t.db.location.findUnique({ where: { id: form.locationId } })).not.toBeNull();
    expect(await t.db.organizationLocation.findMany({ where: { locationId: form.locationId } })).toEqual([{ organizationId: idB, locationId: form.locationId, role: null }]);
    expect(await t.db.serviceAtLocation.findUnique({ where: { id: placeA.id } })).toBeNull();
    expect(await t.db.serviceAtLocation.findUnique({ where: { id: placeB.id } })).not.toBeNull();

    const revisions = await t.db.revision.findMany({ where: { organizationId: form.organizationId, userId: ownerA }, orderBy: { createdAt: "asc" } });
    const location = revisions.find((r) => r.entityType === "Location" && r.action === "DELETE");
    expect(location).toMatchObject({ entityId: form.locationId });
    expect(location?.before).toMatchObject({ linked: true, serviceIds: [placeA.serviceId] });
    expect(location?.after).toMatchObject({ linked: false, serviceIds: [] });
    expect(revisions.find((r) => r.entityType === "Service" && r.entityId === placeA.serviceId)?.after).toMatchObject({ locationIds: [] });
    expect(revisions.find((r) => r.entityType === "Hours")).toMatchObject({ entityId: placeA.id, action: "DELETE", after: null });
    expect(revisions.filter((r) => r.entityType === "ScheduleException")).toHaveLength(placeA.exceptions.length);

    // Restoring the state before the unlink links it again and puts A's service back, in the same place.
    await t.db.$transaction((tx) => applyLocationSnapshot(tx, form.locationId, location!.before as Record<string, unknown>));
    expect(await t.db.organizationLocation.count({ where: { locationId: form.locationId } })).toBe(2);
    expect(await t.db.serviceAtLocation.findFirst({ where: { locationId: form.locationId, serviceId: placeA.serviceId } })).not.toBeNull();
    expect(await locationSnapshot(t.db, form.locationId, form.organizationId)).toMatchObject({ linked: true, serviceIds: [placeA.serviceId] });
  });
});

describe("location snapshots", () => {
  it("round-trip: applying a snapshot puts the address back and bumps the version", async () => {
    const form = await editForm(SLUGS.b);
    const snapshot = await locationSnapshot(t.db, form.locationId, form.organizationId);
    await t.db.location.update({ where: { id: form.locationId }, data: { name: "Anders", accessibility: [], latitude: 52.1, buurtCode: null } });
    await applyLocationSnapshot(t.db, form.locationId, snapshot);
    expect(await locationSnapshot(t.db, form.locationId, form.organizationId)).toEqual(snapshot);
    expect((await t.db.location.findUniqueOrThrow({ where: { id: form.locationId } })).version).toBe(Number(form.version) + 1);
    await applyLocationSnapshot(t.db, form.locationId, null);
    expect(await locationSnapshot(t.db, form.locationId, form.organizationId)).toEqual(snapshot);
  });
});
