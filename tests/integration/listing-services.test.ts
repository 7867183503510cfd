// Adding, editing and stopping an organisation's services (lib/listings/service-actions.ts)
// against the real database.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { saveService } from "../../lib/listings/service-actions";
import { applyServiceSnapshot, serviceSnapshot } from "../../lib/listings/service-snapshot";

const t = withTestDatabase();

async function seededService(slug: string) {
  return t.db.service.findFirstOrThrow({
    where: { organization: { slug } },
    orderBy: { createdAt: "asc" },
    include: { categories: true, locations: true },
  });
}

async function editForm(slug: string) {
  const s = await seededService(slug);
  return {
    organizationId: s.organizationId,
    serviceId: s.id,
    version: String(s.version),
    name: s.name,
    description: s.description,
    status: s.status,
    categoryIds: s.categories.map((c) => c.categoryId),
    phases: s.phases,
    accessModes: s.accessModes,
    languages: s.languages,
    eligibility: s.eligibility ?? "",
    isFree: s.isFree ? "on" : "",
    costNote: s.costNote ?? "",
    noRegistration: s.noRegistration ? "on" : "",
    capacity: s.capacity,
    capacityNote: s.capacityNote ?? "",
    phone: s.phone ?? "",
    email: s.email ?? "",
    url: s.url ?? "",
    locationIds: s.locations.map((l) => l.locationId),
  };
}

async function newForm(slug: string) {
  const organizationId = await organisationId(t.db, slug);
  const location = await t.db.organizationLocation.findFirstOrThrow({ where: { organizationId } });
  const category = await t.db.category.findFirstOrThrow({ where: { slug: "geldvragen" } });
  return {
    organizationId,
    name: "Hulp bij de belastingaangifte",
    description: "Wij vullen samen met u de aangifte in.",
    status: "ACTIVE" as const,
    categoryIds: [category.id],
    phases: ["STABILISEREN"],
    accessModes: ["APPOINTMENT"],
    languages: ["nl", "tr"],
    isFree: "on",
    noRegistration: "",
    capacity: "OPEN" as const,
    locationIds: [location.locationId],
  };
}

/** Everything a service action may touch, to prove that a refusal changed nothing. */
async function state() {
  const [services, categories, places, schedules, revisions] = await Promise.all([
    t.db.service.findMany({ orderBy: { id: "asc" } }),
    t.db.serviceCategory.findMany({ orderBy: [{ serviceId: "asc" }, { categoryId: "asc" }] }),
    t.db.serviceAtLocation.findMany({ orderBy: { id: "asc" } }),
    t.db.schedule.count(),
    t.db.revision.count(),
  ]);
  return { services, categories, places, schedules, revisions };
}

async function searchText(serviceId: string): Promise<string> {
  const [row] = await t.db.$queryRaw<{ text: string }[]>`SELECT "searchVector"::text AS text FROM "Service" WHERE id = ${serviceId}`;
  return row?.text ?? "";
}

describe("adding a service", () => {
  it("adds it with a slug from its name, its categories and addresses, a search text and a revision", async () => {
    const ownerA = await userId(t.db, EMAILS.ownerA);
    actAs(ownerA);
    const input = await newForm(SLUGS.a);
    const first = await saveService({ status: "idle" }, input);
    expect(first).toMatchObject({ status: "success", message: expect.stringMatching(/toegevoegd/) });
    const id = first.status === "success" ? first.data?.serviceId : undefined;
    const saved = await t.db.service.findUniqueOrThrow({ where: { id }, include: { categories: true, locations: true } });
    expect(saved).toMatchObject({ slug: "hulp-bij-de-belastingaangifte", languages: ["nl", "tr"], isFree: true, noRegistration: false, status: "ACTIVE" });
    expect(saved.categories.map((c) => c.categoryId)).toEqual(input.categoryIds);
    expect(saved.locations.map((l) => l.locationId)).toEqual(input.locationIds);
    expect(await searchText(saved.id)).toMatch(/belastingaangift/);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Service", entityId: saved.id } });
    expect(revision).toMatchObject({ action: "CREATE", userId: ownerA, before: null });
    expect(revision.after).toMatchObject({ name: input.name, categoryIds: input.categoryIds, locationIds: input.locationIds });

    // The same name again gets a slug of its own within the organisation.
    const second = await saveService({ status: "idle" }, input);
    const secondId = second.status === "success" ? second.data?.serviceId : undefined;
    expect((await t.db.service.findUniqueOrThrow({ where: { id: secondId } })).slug).toBe("hulp-bij-de-belastingaangifte-2");
  });

  it("gives Dutch field errors and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const before = await state();
    const result = await saveService({ status: "idle" }, { ...(await newForm(SLUGS.a)), name: "", email: "geen-adres", languages: ["xx"] });
    expect(result.status).toBe("error");
    if (result.status !== "error") return;
    expect(result.fieldErrors?.name).toEqual(["Vul dit veld in."]);
    expect(result.fieldErrors?.email?.[0]).toMatch(/geldig e-mailadres/);
    expect(result.fieldErrors?.["languages.0"]).toEqual(["Kies een van de mogelijkheden."]);
    expect(await state()).toEqual(before);
  });

  it("refuses another organisation's address, an unknown category, another organisation and visitors", async () => {
    const formA = await newForm(SLUGS.a);
    const formB = await newForm(SLUGS.b);
    const before = await state();
    actAs(await userId(t.db, EMAILS.ownerA));
    const foreignPlace = await saveService({ status: "idle" }, { ...formA, locationIds: formB.locationIds });
    expect(foreignPlace.status === "error" && foreignPlace.fieldErrors?.locationIds).toEqual(["Kies een van de mogelijkheden."]);
    const unknownCategory = await saveService({ status: "idle" }, { ...formA, categoryIds: ["bestaat-niet"] });
    expect(unknownCategory.status === "error" && unknownCategory.fieldErrors?.categoryIds).toEqual(["Kies een van de mogelijkheden."]);
    actAs(await userId(t.db, EMAILS.ownerB));
    expect(await saveService({ status: "idle" }, formA)).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    actAs(null);
    expect((await saveService({ status: "idle" }, formB)).status).toBe("error");
    expect(await state()).toEqual(before);
  });
});

describe("editing a service", () => {
  it("saves fields and categories, removes an address with its hours kept in the history, and refreshes the search text", async () => {
    const editorA = await userId(t.db, EMAILS.editorA);
    actAs(editorA);
    const input = await editForm(SLUGS.a);
    const removedPlace = await t.db.serviceAtLocation.findFirstOrThrow({ where: { serviceId: input.serviceId }, include: { schedules: true } });
    const category = await t.db.category.findFirstOrThrow({ where: { id: { notIn: input.categoryIds } } });
    const result = await saveService({ status: "idle" }, {
      ...input,
      name: "Formulierenhulp aan de Taagdreef",
      categoryIds: [category.id],
      capacity: "WAITING_LIST",
      capacityNote: "Ongeveer twee weken",
      locationIds: [],
    });
    expect(result).toMatchObject({ status: "success", message: "De hulp is opgeslagen." });
    const saved = await t.db.service.findUniqueOrThrow({ where: { id: input.serviceId }, include: { categories: true, locations: true } });
    expect(saved).toMatchObject({ name: "Formulierenhulp aan de Taagdreef", capacity: "WAITING_LIST", version: Number(input.version) + 1 });
    expect(saved.categories.map((c) => c.categoryId)).toEqual([category.id]);
    expect(saved.locations).toEqual([]);
    expect(await searchText(input.serviceId)).toMatch(/taagdref/);

    const revisions = await t.db.revision.findMany({ where: { userId: editorA } });
    const service = revisions.find((r) => r.entityType === "Service" && r.entityId === input.serviceId);
    expect(service?.before).toMatchObject({ locationIds: input.locationIds, places: { [removedPlace.locationId]: removedPlace.id } });
    expect(service?.after).toMatchObject({ locationIds: [], categoryIds: [category.id] });
    const hours = revisions.find((r) => r.entityType === "Hours");
    expect(hours).toMatchObject({ entityId: removedPlace.id, action: "DELETE" });
    expect((hours?.before as { rules: unknown[] }).rules).toHaveLength(removedPlace.schedules.length);

    // Restoring the service puts it back at the address under the same id, so the hours can follow.
    await t.db.$transaction((tx) => applyServiceSnapshot(tx, input.serviceId, service!.before as Record<string, unknown>));
    expect(await t.db.serviceAtLocation.findUnique({ where: { id: removedPlace.id } })).toMatchObject({ serviceId: input.serviceId, locationId: removedPlace.locationId });
    expect(await serviceSnapshot(t.db, input.serviceId)).toEqual(service!.before);
  });

  it("stops a service without deleting it", async () => {
    actAs(await userId(t.db, EMAILS.ownerB));
    const input = await editForm(SLUGS.b);
    expect((await saveService({ status: "idle" }, { ...input, status: "INACTIVE" })).status).toBe("success");
    expect(await t.db.service.findUniqueOrThrow({ where: { id: input.serviceId } })).toMatchObject({ status: "INACTIVE" });
  });

  it("reports a concurrent edit instead of overwriting it", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const stale = await editForm(SLUGS.a);
    expect((await saveService({ status: "idle" }, { ...stale, eligibility: "Eerste" })).status).toBe("success");
    const second = await saveService({ status: "idle" }, { ...stale, eligibility: "Tweede", phases: [...stale.phases].reverse() });
    expect(second.status).toBe("conflict");
    if (second.status === "conflict") expect(second.changes).toEqual([{ field: "eligibility", yours: "Tweede", theirs: "Eerste" }]);
    expect((await seededService(SLUGS.a)).eligibility).toBe("Eerste");
  });

  it("never lets a coordinator change another organisation's service, whatever ids are posted", async () => {
    const formA = await editForm(SLUGS.a);
    const formB = await editForm(SLUGS.b);
    const before = await state();
    actAs(await userId(t.db, EMAILS.ownerB));
    // A's service under B's organisation, A's service under A's organisation.
    for (const input of [{ ...formA, organizationId: formB.organizationId }, { ...formA, locationIds: [] }]) {
      expect(await saveService({ status: "idle" }, { ...input, name: "Overgenomen" })).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    }
    // B's own service, with A's address.
    const addressA = await t.db.organizationLocation.findFirstOrThrow({ where: { organizationId: formA.organizationId } });
    const foreign = await saveService({ status: "idle" }, { ...formB, locationIds: [addressA.locationId] });
    expect(foreign.status).toBe("error");
    actAs(await userId(t.db, EMAILS.ownerA));
    // And the other way round: B's service posted under A's organisation.
    expect((await saveService({ status: "idle" }, { ...formB, organizationId: formA.organizationId, name: "Overgenomen" })).status).toBe("error");
    expect(await state()).toEqual(before);
  });

  it("lets a moderator edit any service", async () => {
    actAs(await userId(t.db, EMAILS.moderator));
    const input = await editForm(SLUGS.b);
    expect((await saveService({ status: "idle" }, { ...input, status: "TEMPORARILY_CLOSED" })).status).toBe("success");
    expect((await seededService(SLUGS.b)).status).toBe("TEMPORARILY_CLOSED");
  });
});

describe("service snapshots", () => {
  it("round-trip: applying a snapshot puts fields, categories and addresses back and bumps the version", async () => {
    const form = await editForm(SLUGS.b);
    const snapshot = await serviceSnapshot(t.db, form.serviceId);
    await t.db.service.update({ where: { id: form.serviceId }, data: { name: "Anders", languages: ["fr"], isFree: false } });
    await t.db.serviceCategory.deleteMany({ where: { serviceId: form.serviceId } });
    await applyServiceSnapshot(t.db, form.serviceId, snapshot);
    expect(await serviceSnapshot(t.db, form.serviceId)).toEqual(snapshot);
    expect((await t.db.service.findUniqueOrThrow({ where: { id: form.serviceId } })).version).toBe(Number(form.version) + 1);
    await applyServiceSnapshot(t.db, form.serviceId, null);
    expect(await serviceSnapshot(t.db, form.serviceId)).toEqual(snapshot);
  });
});
