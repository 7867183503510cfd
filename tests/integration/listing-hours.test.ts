import { afterEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { saveHours } from "../../lib/listings/hours-actions";
import { addException, closeToday, removeException, reopenToday, updateToday } from "../../lib/listings/exception-actions";
import { applyHoursSnapshot, hoursSnapshot } from "../../lib/listings/hours-snapshot";
import { applyExceptionSnapshot, exceptionSnapshot } from "../../lib/listings/exception-snapshot";
import { searchServices } from "../../lib/search/queries";
import { searchParamsInput, searchParamsSchema } from "../../lib/search/schemas";
import { getPublishedOrganisationDetail } from "../../lib/organisations/detail-queries";
import { hoursView } from "../../lib/organisations/hours-view";

const t = withTestDatabase();

/** Wednesday 18 November 2026, 14:00 in Utrecht: organisation A's Wednesday walk-in (13:00–16:00) is open. */
const WEDNESDAY_AFTERNOON = new Date("2026-11-18T13:00:00.000Z");

afterEach(() => {
  vi.useRealTimers();
});

/** The one service of an organisation and its one place, as the hours form posts them. */
async function place(slug: string) {
  const service = await t.db.service.findFirstOrThrow({ where: { organization: { slug } }, include: { locations: { orderBy: { id: "asc" } } }, orderBy: { slug: "asc" } });
  return { serviceId: service.id, version: String(service.version), serviceAtLocationId: service.locations[0].id };
}

const rulesOf = (serviceAtLocationId: string) =>
  t.db.schedule.findMany({ where: { serviceAtLocationId }, orderBy: [{ byDay: "asc" }, { opensAt: "asc" }], omit: { id: true } });

const exceptionsOf = (serviceAtLocationId: string) => t.db.scheduleException.findMany({ where: { serviceAtLocationId }, orderBy: { id: "asc" } });

const serviceRow = (id: string) => t.db.service.findUniqueOrThrow({ where: { id }, select: { version: true, updatedAt: true } });

function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("saving the regular hours of a service at a location", () => {
  it("replaces the whole set, bumps the service version and records an Hours revision", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await place(SLUGS.a);
    const before = await hoursSnapshot(t.db, form.serviceAtLocationId);
    expect(before?.rules.map((rule) => rule.byDay)).toEqual(["WE", "FR"]);

    const state = await saveHours({ status: "idle" }, {
      ...form,
      rules: [
        { byDay: "MO", repeat: "WEEKLY", opensAt: "09:00", closesAt: "12:00", description: "" },
        { byDay: "TH", repeat: "WEEKLY", opensAt: "13:30", closesAt: "16:00", description: "Ook zonder afspraak." },
      ],
    });
    expect(state).toMatchObject({ status: "success", message: "De tijden zijn opgeslagen en staan nu op de kaart." });
    const rules = await rulesOf(form.serviceAtLocationId);
    expect(rules.map((rule) => [rule.byDay, rule.freq, rule.weekOfMonth, rule.opensAt, rule.closesAt, rule.description])).toEqual([
      ["MO", "WEEKLY", null, "09:00", "12:00", null],
      ["TH", "WEEKLY", null, "13:30", "16:00", "Ook zonder afspraak."],
    ]);
    expect((await serviceRow(form.serviceId)).version).toBe(Number(form.version) + 1);

    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Hours", entityId: form.serviceAtLocationId } });
    expect(revision.action).toBe("UPDATE");
    expect(revision.before).toEqual(before);
    expect((revision.after as { rules: { byDay: string }[] }).rules.map((rule) => rule.byDay)).toEqual(["MO", "TH"]);
  });

  it("accepts a span past midnight and a monthly rule, and reads them from a submitted form", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const form = await place(SLUGS.a);
    const state = await saveHours(
      { status: "idle" },
      formData({
        serviceId: form.serviceId,
        serviceAtLocationId: form.serviceAtLocationId,
        version: form.version,
        "rules.0.byDay": "FR",
        "rules.0.repeat": "WEEKLY",
        "rules.0.opensAt": "19:00",
        "rules.0.closesAt": "01:00",
        // Past midnight: the coordinator ticked "Ja, dit klopt".
        "rules.0.confirmLong": "19:00-01:00",
        // An emptied row and a row ticked "weghalen" (the form without JavaScript) are no rules.
        "rules.1.byDay": "MO",
        "rules.1.repeat": "WEEKLY",
        "rules.1.opensAt": "",
        "rules.1.closesAt": "",
        "rules.2.byDay": "TU",
        "rules.2.repeat": "WEEKLY",
        "rules.2.opensAt": "09:00",
        "rules.2.closesAt": "10:00",
        "rules.2.remove": "on",
        "rules.3.byDay": "SA",
        "rules.3.repeat": "1",
        "rules.3.opensAt": "10:00",
        "rules.3.closesAt": "12:30",
        "rules.3.description": "Eerste zaterdag van de maand.",
      }),
    );
    expect(state.status).toBe("success");
    const rules = await rulesOf(form.serviceAtLocationId);
    expect(rules.map((rule) => [rule.byDay, rule.freq, rule.weekOfMonth, rule.opensAt, rule.closesAt])).toEqual([
      ["FR", "WEEKLY", null, "19:00", "01:00"],
      ["SA", "MONTHLY", 1, "10:00", "12:30"],
    ]);
  });

  it("asks to confirm Friday 16:00–09:30 (past midnight, 17½ hours) in the visitor's language, saves nothing until then, and saves it once confirmed", async () => {
    const form = await place(SLUGS.a);
    const rulesBefore = await rulesOf(form.serviceAtLocationId);
    const serviceBefore = await serviceRow(form.serviceId);
    const revisionsBefore = await t.db.revision.count();
    const fields = {
      serviceId: form.serviceId,
      serviceAtLocationId: form.serviceAtLocationId,
      version: form.version,
      "rules.0.byDay": "WE",
      "rules.0.opensAt": "13:00",
      "rules.0.closesAt": "16:00",
      "rules.1.byDay": "FR",
      "rules.1.opensAt": "16:00",
      "rules.1.closesAt": "09:30",
    };
    for (const [locale, message] of [
      ["nl", "Deze tijden lopen door na middernacht, tot de volgende dag: 17 uur en 30 minuten achter elkaar open. Klopt dat? Vink dan 'Ja, dit klopt' aan. Klopt het niet? Pas de tijden aan."],
      ["en", "These times run past midnight into the next day: open for 17 hours and 30 minutes in a row. Is that right? Then tick 'Yes, this is right'. If not, change the times."],
    ] as const) {
      actAs(await userId(t.db, EMAILS.ownerA), { locale });
      const state = await saveHours({ status: "idle" }, formData(fields));
      expect(state.status).toBe("error");
      if (state.status !== "error") return;
      expect(state.fieldErrors).toEqual({ "rules.1.confirmLong": [message] });
      // The form comes back with what was typed, so the box can be ticked without typing again.
      expect(state.values).toMatchObject({ rules: [{ byDay: "WE" }, { byDay: "FR", opensAt: "16:00", closesAt: "09:30" }] });
    }
    expect(await rulesOf(form.serviceAtLocationId)).toEqual(rulesBefore);
    expect(await serviceRow(form.serviceId)).toEqual(serviceBefore);
    expect(await t.db.revision.count()).toBe(revisionsBefore);

    // More than 12 hours on one day is asked too.
    const long = await saveHours({ status: "idle" }, { ...form, rules: [{ byDay: "MO", opensAt: "07:00", closesAt: "21:00" }] });
    expect(long.status === "error" && long.fieldErrors).toEqual({
      "rules.0.confirmLong": ["This is open for 14 hours in a row, more than 12 hours. Is that right? Then tick 'Yes, this is right'. If not, change the times."],
    });

    const confirmed = await saveHours({ status: "idle" }, formData({ ...fields, "rules.1.confirmLong": "16:00-09:30" }));
    expect(confirmed.status).toBe("success");
    expect((await rulesOf(form.serviceAtLocationId)).map((rule) => [rule.byDay, rule.opensAt, rule.closesAt])).toEqual([
      ["WE", "13:00", "16:00"],
      ["FR", "16:00", "09:30"],
    ]);
    expect(await t.db.revision.count()).toBe(revisionsBefore + 1);
  });

  it("refuses equal and unreadable times with Dutch messages and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await place(SLUGS.a);
    const rulesBefore = await rulesOf(form.serviceAtLocationId);
    const serviceBefore = await serviceRow(form.serviceId);
    const revisionsBefore = await t.db.revision.count();
    const state = await saveHours({ status: "idle" }, {
      ...form,
      rules: [
        { byDay: "MO", repeat: "WEEKLY", opensAt: "09:00", closesAt: "09:00" },
        { byDay: "TU", repeat: "WEEKLY", opensAt: "25:00", closesAt: "9.30" },
        { byDay: "ZO", repeat: "7", opensAt: "10:00", closesAt: "11:00" },
      ],
    });
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors).toEqual({
      "rules.0.closesAt": ["Openings- en sluitingstijd zijn gelijk. Loopt het door na middernacht? Vul dan de tijd in de nacht in, bijvoorbeeld 01:00."],
      "rules.1.opensAt": ["Vul een tijd in als 09:30."],
      "rules.1.closesAt": ["Vul een tijd in als 09:30."],
      "rules.2.byDay": ["Kies een van de mogelijkheden."],
      "rules.2.repeat": ["Kies een van de mogelijkheden."],
    });
    expect(await rulesOf(form.serviceAtLocationId)).toEqual(rulesBefore);
    expect(await serviceRow(form.serviceId)).toEqual(serviceBefore);
    expect(await t.db.revision.count()).toBe(revisionsBefore);
  });

  it("refuses a coordinator of another organisation, whatever ids are posted, and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerB));
    const a = await place(SLUGS.a);
    const b = await place(SLUGS.b);
    const rulesA = await rulesOf(a.serviceAtLocationId);
    const versionA = (await serviceRow(a.serviceId)).version;
    const versionB = (await serviceRow(b.serviceId)).version;
    const rules = [{ byDay: "MO", repeat: "WEEKLY", opensAt: "09:00", closesAt: "17:00" }];
    // A's place under B's own service, and A's service and place outright.
    for (const attempt of [{ ...b, serviceAtLocationId: a.serviceAtLocationId }, a, { ...a, serviceId: b.serviceId, version: b.version }]) {
      const state = await saveHours({ status: "idle" }, { ...attempt, rules });
      expect(state).toMatchObject({ status: "error", message: "Dit mag u niet wijzigen, of het bestaat niet meer. Er is niets veranderd." });
    }
    expect(await rulesOf(a.serviceAtLocationId)).toEqual(rulesA);
    expect((await serviceRow(a.serviceId)).version).toBe(versionA);
    expect((await serviceRow(b.serviceId)).version).toBe(versionB);
  });

  it("lets a moderator save any listing's hours and refuses visitors", async () => {
    const b = await place(SLUGS.b);
    const rules = [{ byDay: "SA", repeat: "-1", opensAt: "10:00", closesAt: "12:00" }];
    actAs(null);
    expect(await saveHours({ status: "idle" }, { ...b, rules })).toMatchObject({ status: "error", message: expect.stringMatching(/niet \(meer\) ingelogd/) });
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await saveHours({ status: "idle" }, { ...b, rules })).status).toBe("success");
    expect((await rulesOf(b.serviceAtLocationId)).map((rule) => [rule.byDay, rule.weekOfMonth])).toEqual([["SA", -1]]);
  });

  it("detects a stale form instead of overwriting, and names the differences in words", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const stale = await place(SLUGS.a);
    const first = await saveHours({ status: "idle" }, { ...stale, rules: [{ byDay: "WE", repeat: "WEEKLY", opensAt: "10:00", closesAt: "11:00" }] });
    expect(first.status).toBe("success");
    const saved = await rulesOf(stale.serviceAtLocationId);
    const second = await saveHours({ status: "idle" }, { ...stale, rules: [{ byDay: "WE", repeat: "WEEKLY", opensAt: "14:00", closesAt: "15:00" }] });
    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.currentVersion).toBe(Number(stale.version) + 1);
    expect(second.changes).toEqual([{ field: "rules", yours: ["woensdag 14:00–15:00"], theirs: ["woensdag 10:00–11:00"] }]);
    expect(await rulesOf(stale.serviceAtLocationId)).toEqual(saved);
  });

  it("round-trips a snapshot: applying an earlier one restores the rules and bumps the version", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const form = await place(SLUGS.a);
    const original = await hoursSnapshot(t.db, form.serviceAtLocationId);
    expect((await saveHours({ status: "idle" }, { ...form, rules: [] })).status).toBe("success");
    expect(await hoursSnapshot(t.db, form.serviceAtLocationId)).toEqual({ rules: [] });
    const version = (await serviceRow(form.serviceId)).version;
    await t.db.$transaction((tx) => applyHoursSnapshot(tx, form.serviceAtLocationId, original));
    expect(await hoursSnapshot(t.db, form.serviceAtLocationId)).toEqual(original);
    expect((await serviceRow(form.serviceId)).version).toBe(version + 1);
    await t.db.$transaction((tx) => applyHoursSnapshot(tx, form.serviceAtLocationId, null));
    expect(await hoursSnapshot(t.db, form.serviceAtLocationId)).toEqual({ rules: [] });
  });
});

describe("exceptions to the opening hours", () => {
  it("adds a period with other hours, records it, removes it and can restore it with the same id", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: WEDNESDAY_AFTERNOON });
    actAs(await userId(t.db, EMAILS.ownerA));
    const { serviceId, serviceAtLocationId } = await place(SLUGS.a);
    const added = await addException({ status: "idle" }, {
      serviceId,
      serviceAtLocationId,
      startDate: "2026-12-01",
      endDate: "2026-12-03",
      kind: "SPECIAL_HOURS",
      opensAt: "10:00",
      closesAt: "12:00",
      reason: "Verbouwing",
    });
    expect(added).toMatchObject({ status: "success", message: "De uitzondering is opgeslagen en staat nu op de kaart." });
    const row = await t.db.scheduleException.findFirstOrThrow({ where: { serviceAtLocationId, reason: "Verbouwing" } });
    expect([row.startDate.toISOString(), row.endDate.toISOString(), row.kind, row.opensAt, row.closesAt]).toEqual([
      "2026-12-01T00:00:00.000Z",
      "2026-12-03T00:00:00.000Z",
      "SPECIAL_HOURS",
      "10:00",
      "12:00",
    ]);
    const created = await t.db.revision.findFirstOrThrow({ where: { entityType: "ScheduleException", entityId: row.id } });
    expect(created).toMatchObject({ action: "CREATE", before: null });
    const snapshot = await exceptionSnapshot(t.db, row.id);
    expect(created.after).toEqual(snapshot);
    expect(snapshot).toMatchObject({ startDate: "2026-12-01", endDate: "2026-12-03", serviceAtLocationId });

    expect(await removeException({ status: "idle" }, { serviceId, exceptionId: row.id })).toMatchObject({ status: "success" });
    expect(await t.db.scheduleException.findUnique({ where: { id: row.id } })).toBeNull();
    const deleted = await t.db.revision.findFirstOrThrow({ where: { entityType: "ScheduleException", entityId: row.id, action: "DELETE" } });
    expect(deleted.before).toEqual(snapshot);
    expect(deleted.after).toBeNull();

    await t.db.$transaction((tx) => applyExceptionSnapshot(tx, row.id, deleted.before as never));
    expect(await t.db.scheduleException.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    await t.db.$transaction((tx) => applyExceptionSnapshot(tx, row.id, null));
    expect(await t.db.scheduleException.findUnique({ where: { id: row.id } })).toBeNull();
  });

  it("refuses wrong dates and missing times with Dutch messages and adds nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: WEDNESDAY_AFTERNOON });
    actAs(await userId(t.db, EMAILS.ownerA));
    const { serviceId, serviceAtLocationId } = await place(SLUGS.a);
    const before = await exceptionsOf(serviceAtLocationId);
    const wrongOrder = await addException({ status: "idle" }, { serviceId, serviceAtLocationId, startDate: "2026-12-05", endDate: "2026-12-01", kind: "SPECIAL_HOURS", opensAt: "", closesAt: "" });
    expect(wrongOrder.status === "error" && wrongOrder.fieldErrors).toEqual({
      endDate: ["De einddatum moet op of na de begindatum liggen."],
      opensAt: ["Vul dit veld in."],
      closesAt: ["Vul dit veld in."],
    });
    const noSuchDay = await addException({ status: "idle" }, { serviceId, serviceAtLocationId, startDate: "2027-02-30", kind: "CLOSED" });
    expect(noSuchDay.status === "error" && noSuchDay.fieldErrors).toEqual({ startDate: ["Vul een datum in."] });
    const over = await addException({ status: "idle" }, { serviceId, serviceAtLocationId, startDate: "2026-11-01", endDate: "2026-11-17", kind: "CLOSED" });
    expect(over.status === "error" && over.fieldErrors).toEqual({ endDate: ["Deze datum is al voorbij. Kies vandaag of later."] });
    expect(await exceptionsOf(serviceAtLocationId)).toEqual(before);
  });

  it("refuses another organisation's coordinator adding to or removing from A, and changes nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: WEDNESDAY_AFTERNOON });
    const a = await place(SLUGS.a);
    const b = await place(SLUGS.b);
    const [existing] = await exceptionsOf(a.serviceAtLocationId);
    expect(existing).toBeDefined();
    const before = await exceptionsOf(a.serviceAtLocationId);
    const revisionsBefore = await t.db.revision.count();
    actAs(await userId(t.db, EMAILS.ownerB));
    const attempts = [
      await addException({ status: "idle" }, { serviceId: b.serviceId, serviceAtLocationId: a.serviceAtLocationId, startDate: "2026-12-01", kind: "CLOSED" }),
      await removeException({ status: "idle" }, { serviceId: b.serviceId, exceptionId: existing.id }),
      await removeException({ status: "idle" }, { serviceId: a.serviceId, exceptionId: existing.id }),
      await closeToday({ status: "idle" }, { serviceId: a.serviceId, serviceAtLocationId: a.serviceAtLocationId }),
      await reopenToday({ status: "idle" }, { serviceId: b.serviceId, serviceAtLocationId: a.serviceAtLocationId }),
    ];
    for (const state of attempts) expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet wijzigen/) });
    expect(await exceptionsOf(a.serviceAtLocationId)).toEqual(before);
    expect(await t.db.revision.count()).toBe(revisionsBefore);
  });
});

describe("Vandaag gesloten", () => {
  const search = (query: string) => searchServices(searchParamsSchema.parse(searchParamsInput(new URLSearchParams(query))), { now: WEDNESDAY_AFTERNOON });

  async function publicStateOfA() {
    const open = await search("open=now&per_page=100");
    const all = await search("q=formulierenspreekuur&per_page=100");
    const item = all.items.find((i) => i.organization.slug === SLUGS.a && i.location !== null);
    const detail = await getPublishedOrganisationDetail(SLUGS.a, WEDNESDAY_AFTERNOON);
    const at = detail?.services[0].locations[0];
    const view = at ? hoursView(at.schedules, at.exceptions, WEDNESDAY_AFTERNOON, "nl") : null;
    return { inOpenNow: open.items.some((i) => i.organization.slug === SLUGS.a), item: item?.open, detail: view?.openState, detailText: view?.openText };
  }

  it("closes today at once on the public pages, is idempotent, and can be undone", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: WEDNESDAY_AFTERNOON });
    actAs(await userId(t.db, EMAILS.editorA));
    const form = await place(SLUGS.a);
    const { serviceId, serviceAtLocationId } = form;
    // Earlier tests changed A's hours: open on Wednesday afternoons again.
    expect((await saveHours({ status: "idle" }, { ...form, rules: [{ byDay: "WE", repeat: "WEEKLY", opensAt: "13:00", closesAt: "16:00" }] })).status).toBe("success");
    expect(await publicStateOfA()).toMatchObject({ inOpenNow: true, item: { status: "open" }, detail: "open" });

    const closed = await closeToday({ status: "idle" }, { serviceId, serviceAtLocationId, reason: "Vrijwilliger ziek" });
    expect(closed).toMatchObject({ status: "success", message: "Opgeslagen: vandaag gesloten. Dit staat nu op de kaart." });
    const today = await t.db.scheduleException.findMany({ where: { serviceAtLocationId, startDate: new Date("2026-11-18T00:00:00.000Z") } });
    expect(today.map((e) => [e.endDate.toISOString(), e.kind, e.reason])).toEqual([["2026-11-18T00:00:00.000Z", "CLOSED", "Vrijwilliger ziek"]]);

    const state = await publicStateOfA();
    expect(state).toMatchObject({ inOpenNow: false, item: { status: "closed", reason: "Vrijwilliger ziek" }, detail: "closed" });
    expect(state.detailText).toMatch(/Gesloten/i);

    // A second tap (the panel's form, as the browser posts it) says so instead of adding a second closure.
    const again = await updateToday({ status: "idle" }, formData({ serviceId, serviceAtLocationId, reason: "", intent: "close" }));
    expect(again).toMatchObject({ status: "success", message: "Vandaag staat al als gesloten op de kaart. Er is niets dubbel opgeslagen." });
    expect(await t.db.scheduleException.count({ where: { serviceAtLocationId, startDate: new Date("2026-11-18T00:00:00.000Z") } })).toBe(1);

    const reopened = await updateToday({ status: "idle" }, formData({ serviceId, serviceAtLocationId, intent: "reopen" }));
    expect(reopened).toMatchObject({ status: "success", message: "Opgeslagen: u bent vandaag toch open. Dit staat nu op de kaart." });
    expect(await publicStateOfA()).toMatchObject({ inOpenNow: true, detail: "open" });
    const revisions = await t.db.revision.findMany({ where: { entityType: "ScheduleException", entityId: today[0].id }, orderBy: { createdAt: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["CREATE", "DELETE"]);

    expect(await reopenToday({ status: "idle" }, { serviceId, serviceAtLocationId })).toMatchObject({ message: "Er was voor vandaag geen sluiting om terug te draaien." });
  });

  it("uses the Amsterdam date: at 00:30 in Utrecht it is already the next day", async () => {
    // 23:30 UTC on Wednesday is 00:30 on Thursday 19 November in Utrecht.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-18T23:30:00.000Z") });
    actAs(await userId(t.db, EMAILS.ownerA));
    const { serviceId, serviceAtLocationId } = await place(SLUGS.a);
    expect((await closeToday({ status: "idle" }, { serviceId, serviceAtLocationId })).status).toBe("success");
    const row = await t.db.scheduleException.findFirstOrThrow({ where: { serviceAtLocationId, startDate: { lt: new Date("2026-12-01T00:00:00.000Z") } } });
    expect([row.startDate.toISOString(), row.endDate.toISOString(), row.reason]).toEqual(["2026-11-19T00:00:00.000Z", "2026-11-19T00:00:00.000Z", null]);
  });
});
