import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { saveAreas } from "../../lib/listings/area-actions";
import { applyAreaSnapshot, areaSnapshot } from "../../lib/listings/area-snapshot";

const t = withTestDatabase();

const OVERVECHT = "WK034403";
const ZUID = "WK034407";
const VOGELENBUURT = "BU03440411"; // in Noordoost
const TAAGDREEF = "BU03440311"; // in Overvecht

async function service(slug: string) {
  const row = await t.db.service.findFirstOrThrow({ where: { organization: { slug } }, orderBy: { slug: "asc" }, select: { id: true, version: true } });
  return { serviceId: row.id, version: String(row.version) };
}

const areasOf = (serviceId: string) => t.db.serviceArea.findMany({ where: { serviceId }, orderBy: { id: "asc" } });
const versionOf = async (serviceId: string) => (await t.db.service.findUniqueOrThrow({ where: { id: serviceId }, select: { version: true } })).version;

describe("saving the areas a service serves", () => {
  it("replaces the set, drops buurten inside a whole wijk, bumps the version and records an Areas revision", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await service(SLUGS.a);
    const before = await areaSnapshot(t.db, form.serviceId);
    const state = await saveAreas({ status: "idle" }, { ...form, wijkCodes: [OVERVECHT], buurtCodes: [VOGELENBUURT, TAAGDREEF] });
    expect(state).toMatchObject({ status: "success", message: "Het werkgebied is opgeslagen en staat nu op de kaart." });
    expect(await areaSnapshot(t.db, form.serviceId)).toEqual({ wijkCodes: [OVERVECHT], buurtCodes: [VOGELENBUURT] });
    expect(await versionOf(form.serviceId)).toBe(Number(form.version) + 1);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Areas", entityId: form.serviceId } });
    expect(revision).toMatchObject({ action: "UPDATE", before, after: { wijkCodes: [OVERVECHT], buurtCodes: [VOGELENBUURT] } });
  });

  it("reads checkboxes from a submitted form; nothing ticked means the whole city", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const form = await service(SLUGS.a);
    const data = new FormData();
    data.append("serviceId", form.serviceId);
    data.append("version", form.version);
    data.append("wijkCodes[]", ZUID);
    expect((await saveAreas({ status: "idle" }, data)).status).toBe("success");
    expect(await areaSnapshot(t.db, form.serviceId)).toEqual({ wijkCodes: [ZUID], buurtCodes: [] });

    const empty = new FormData();
    empty.append("serviceId", form.serviceId);
    empty.append("version", String(Number(form.version) + 1));
    expect((await saveAreas({ status: "idle" }, empty)).status).toBe("success");
    expect(await areasOf(form.serviceId)).toEqual([]);
  });

  it("refuses unknown codes and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await service(SLUGS.a);
    const before = await areasOf(form.serviceId);
    const badFormat = await saveAreas({ status: "idle" }, { ...form, wijkCodes: ["Overvecht"] });
    expect(badFormat.status === "error" && badFormat.fieldErrors).toEqual({ "wijkCodes.0": ["Kies een van de mogelijkheden."] });
    const unknown = await saveAreas({ status: "idle" }, { ...form, buurtCodes: ["BU03449999"] });
    expect(unknown.status === "error" && unknown.fieldErrors).toEqual({ buurtCodes: ["Kies een van de mogelijkheden."] });
    expect(await areasOf(form.serviceId)).toEqual(before);
    expect(await versionOf(form.serviceId)).toBe(Number(form.version));
  });

  it("refuses a coordinator of another organisation and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerB));
    const a = await service(SLUGS.a);
    const before = await areasOf(a.serviceId);
    const state = await saveAreas({ status: "idle" }, { ...a, wijkCodes: [ZUID] });
    expect(state).toMatchObject({ status: "error", message: "Dit mag u niet wijzigen, of het bestaat niet meer. Er is niets veranderd." });
    expect(await areasOf(a.serviceId)).toEqual(before);
    expect(await versionOf(a.serviceId)).toBe(Number(a.version));
  });

  it("lets a moderator save any service's areas and refuses visitors", async () => {
    const b = await service(SLUGS.b);
    actAs(null);
    expect((await saveAreas({ status: "idle" }, { ...b, wijkCodes: [ZUID] })).status).toBe("error");
    expect(await areasOf(b.serviceId)).toEqual([]);
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await saveAreas({ status: "idle" }, { ...b, wijkCodes: [ZUID] })).status).toBe("success");
    expect(await areaSnapshot(t.db, b.serviceId)).toEqual({ wijkCodes: [ZUID], buurtCodes: [] });
  });

  it("detects a stale form and names the differences by name, not code", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const stale = await service(SLUGS.a);
    expect((await saveAreas({ status: "idle" }, { ...stale, wijkCodes: [OVERVECHT] })).status).toBe("success");
    const second = await saveAreas({ status: "idle" }, { ...stale, wijkCodes: [ZUID], buurtCodes: [VOGELENBUURT] });
    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.changes).toEqual([
      { field: "wijkCodes", yours: ["Zuid"], theirs: ["Overvecht"] },
      { field: "buurtCodes", yours: ["Vogelenbuurt"], theirs: [] },
    ]);
    expect(await areaSnapshot(t.db, stale.serviceId)).toEqual({ wijkCodes: [OVERVECHT], buurtCodes: [] });
  });

  it("round-trips a snapshot and treats null as the whole city", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await service(SLUGS.a);
    const snapshot = { wijkCodes: [ZUID], buurtCodes: [TAAGDREEF] };
    await t.db.$transaction((tx) => applyAreaSnapshot(tx, form.serviceId, snapshot));
    expect(await areaSnapshot(t.db, form.serviceId)).toEqual(snapshot);
    expect(await versionOf(form.serviceId)).toBe(Number(form.version) + 1);
    await t.db.$transaction((tx) => applyAreaSnapshot(tx, form.serviceId, null));
    expect(await areaSnapshot(t.db, form.serviceId)).toEqual({ wijkCodes: [], buurtCodes: [] });
  });
});
