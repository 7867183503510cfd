// "Meld een fout" from the public, and coordinators and moderators closing reports.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { submitReport } from "../../lib/reports/report-actions";
import { resolveReport, settleReport } from "../../lib/reports/resolve-actions";
import { reportsForOrganisation } from "../../lib/reports/queries";
import { reportFormToken } from "../../lib/reports/form-token";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();

/** A form shown ten seconds ago, as a person would send it. */
function humanToken(): string {
  return reportFormToken(new Date(Date.now() - 10_000));
}

async function reportInput(slug: string, overrides: Record<string, string> = {}) {
  return {
    organizationId: await organisationId(t.db, slug),
    topic: "HOURS",
    message: "Op woensdag is het spreekuur nu van 13:00 tot 16:00 uur.",
    startedAt: humanToken(),
    website_url: "",
    ...overrides,
  };
}

/** As the browser posts it: every field a string. */
function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

async function written() {
  return { reports: await t.db.correctionReport.count(), events: await t.db.rateLimitEvent.count() };
}

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await t.db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isProfessional: true, memberships: { select: { organizationId: true, role: true } } },
  });
  return user;
}

async function openReportFor(slug: string, message = "De openingstijden kloppen niet meer.") {
  return t.db.correctionReport.create({ data: { organizationId: await organisationId(t.db, slug), topic: "HOURS", message } });
}

describe("reporting a mistake from the public page", () => {
  it("stores the topic and message only, for an anonymous visitor", async () => {
    actAs(null, { ip: "198.51.100.1" });
    const before = await written();
    const input = { ...(await reportInput(SLUGS.a)), name: "Jan Jansen", email: "jan@example.org", phone: "0612345678" };
    const state = await submitReport({ status: "idle" }, form(input));
    expect(state).toMatchObject({ status: "success" });
    if (state.status === "success") expect(state.message).toMatch(/Dank u wel/);
    expect(await written()).toEqual({ reports: before.reports + 1, events: before.events + 1 });

    const report = await t.db.correctionReport.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(report).toMatchObject({ organizationId: input.organizationId, topic: "HOURS", message: input.message, status: "OPEN", resolvedById: null });
    // The table has no place for anything about the reporter, and the throttle keeps no address.
    const columns = await t.db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_name = 'CorrectionReport' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ["createdAt", "id", "message", "organizationId", "resolutionNote", "resolvedAt", "resolvedById", "status", "topic"].sort(),
    );
    expect(JSON.stringify(report)).not.toMatch(/Jan Jansen|jan@example|0612345678/);
    const event = await t.db.rateLimitEvent.findFirstOrThrow({ where: { bucket: "report-ip" }, orderBy: { createdAt: "desc" } });
    expect(event.key).not.toContain("198.51.100.1");
  });

  it("pretends success but writes nothing when the hidden trap field is filled in", async () => {
    actAs(null, { ip: "198.51.100.2" });
    const before = await written();
    const state = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { website_url: "https://spam.example" })));
    expect(state.status).toBe("success");
    expect(await written()).toEqual(before);
  });

  it("pretends success but writes nothing when the form comes back within seconds, or with a made-up time", async () => {
    actAs(null, { ip: "198.51.100.3" });
    const before = await written();
    const fast = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { startedAt: reportFormToken(new Date()) })));
    expect(fast.status).toBe("success");
    const forgedTime = String(Date.now() - 60_000);
    const forged = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { startedAt: `${forgedTime}.bm90LWEtc2lnbmF0dXJl` })));
    expect(forged.status).toBe("success");
    const missing = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { startedAt: "" })));
    expect(missing.status).toBe("success");
    expect(await written()).toEqual(before);
  });

  it("refuses a form that was open for more than a week", async () => {
    actAs(null, { ip: "198.51.100.4" });
    const before = await written();
    const old = reportFormToken(new Date(Date.now() - 8 * 24 * 3600_000));
    const state = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { startedAt: old })));
    expect(state.status).toBe("error");
    expect(await written()).toEqual(before);
  });

  it("allows five reports an hour from one address, then asks to wait", async () => {
    actAs(null, { ip: "198.51.100.5" });
    const before = await written();
    for (let i = 0; i < 5; i += 1) {
      expect((await submitReport({ status: "idle" }, form(await reportInput(SLUGS.b, { message: `Melding nummer ${i + 1}: het adres klopt niet.` })))).status).toBe("success");
    }
    const sixth = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.b)));
    expect(sixth).toMatchObject({ status: "error", message: expect.stringMatching(/Te veel pogingen/) });
    expect((await written()).reports).toBe(before.reports + 5);
    // Another address is not affected.
    actAs(null, { ip: "198.51.100.6" });
    expect((await submitReport({ status: "idle" }, form(await reportInput(SLUGS.b)))).status).toBe("success");
  });

  it("gives Dutch field errors for bad input and writes nothing", async () => {
    actAs(null, { ip: "198.51.100.7" });
    const before = await written();
    const state = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { topic: "", message: "kapot" })));
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors?.topic).toEqual(["Kies een van de mogelijkheden."]);
    expect(state.fieldErrors?.message).toEqual(["Gebruik minstens 10 tekens."]);
    const long = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { topic: "GEHEIM", message: "x".repeat(1001) })));
    expect(long.status === "error" && long.fieldErrors?.message).toEqual(["Gebruik hoogstens 1000 tekens."]);
    expect(long.status === "error" && long.fieldErrors?.topic).toEqual(["Kies een van de mogelijkheden."]);
    const empty = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.a, { message: "   " })));
    expect(empty.status === "error" && empty.fieldErrors?.message?.[0]).toBe("Vul dit veld in.");
    expect(await written()).toEqual(before);
  });

  it("refuses reports on listings that are not on the map", async () => {
    actAs(null, { ip: "198.51.100.8" });
    const id = await organisationId(t.db, SLUGS.b);
    await t.db.organization.update({ where: { id }, data: { status: "PENDING" } });
    try {
      const before = await written();
      const state = await submitReport({ status: "idle" }, form(await reportInput(SLUGS.b)));
      expect(state).toMatchObject({ status: "error", message: "Deze organisatie staat niet (meer) op de kaart. Uw melding is niet verstuurd." });
      const unknown = await submitReport({ status: "idle" }, form({ ...(await reportInput(SLUGS.a)), organizationId: "bestaat-niet" }));
      expect(unknown.status).toBe("error");
      expect(await written()).toEqual(before);
    } finally {
      await t.db.organization.update({ where: { id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("handling reports", () => {
  it("shows owners and editors their own listing's reports, not another's", async () => {
    const a = await openReportFor(SLUGS.a);
    const b = await openReportFor(SLUGS.b);
    const ownerA = await sessionUser(EMAILS.ownerA);
    const mine = await reportsForOrganisation(ownerA, a.organizationId);
    expect(mine.open.map((r) => r.id)).toContain(a.id);
    expect(mine.open.map((r) => r.id)).not.toContain(b.id);
    const theirs = await reportsForOrganisation(ownerA, b.organizationId);
    expect(theirs).toEqual({ open: [], handled: [] });
    const editor = await reportsForOrganisation(await sessionUser(EMAILS.editorA), a.organizationId);
    expect(editor.open.map((r) => r.id)).toContain(a.id);
    const moderator = await reportsForOrganisation(await sessionUser(EMAILS.moderator), b.organizationId);
    expect(moderator.open.map((r) => r.id)).toContain(b.id);
  });

  it("lets an owner resolve a report about their listing, with a note", async () => {
    const report = await openReportFor(SLUGS.a);
    const owner = await userId(t.db, EMAILS.ownerA);
    actAs(owner);
    const state = await resolveReport({ status: "idle" }, { reportId: report.id, note: "Openingstijden aangepast." });
    expect(state.status).toBe("success");
    const saved = await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(saved).toMatchObject({ status: "RESOLVED", resolutionNote: "Openingstijden aangepast.", resolvedById: owner });
    expect(saved.resolvedAt).toBeInstanceOf(Date);
    const handled = await reportsForOrganisation(await sessionUser(EMAILS.ownerA), report.organizationId);
    expect(handled.handled.map((r) => r.id)).toContain(report.id);
    // A handled report cannot be handled again.
    actAs(await userId(t.db, EMAILS.editorA));
    expect((await resolveReport({ status: "idle" }, { reportId: report.id, note: "Nog eens" })).status).toBe("error");
    expect(await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } })).toEqual(saved);
  });

  it("changes nothing when a coordinator posts another listing's report id", async () => {
    const report = await openReportFor(SLUGS.b);
    const before = await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } });
    for (const email of [EMAILS.ownerA, EMAILS.editorA]) {
      actAs(await userId(t.db, email));
      const state = await resolveReport({ status: "idle" }, { reportId: report.id, note: "Overgenomen" });
      expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/niet wijzigen/) });
    }
    expect(await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } })).toEqual(before);
    // Its own owner can.
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await resolveReport({ status: "idle" }, { reportId: report.id, note: "" })).status).toBe("success");
  });

  it("lets moderators resolve or dismiss any report; dismissing needs a note", async () => {
    const moderator = await userId(t.db, EMAILS.moderator);
    actAs(moderator);
    const first = await openReportFor(SLUGS.b);
    const noNote = await settleReport({ status: "idle" }, { reportId: first.id, outcome: "DISMISSED", note: " " });
    expect(noNote.status === "error" && noNote.fieldErrors?.note).toEqual(["Schrijf kort wat u gedaan heeft."]);
    expect((await t.db.correctionReport.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("OPEN");
    const dismissed = await settleReport({ status: "idle" }, { reportId: first.id, outcome: "DISMISSED", note: "Klopt al." });
    expect(dismissed.status).toBe("success");
    expect(await t.db.correctionReport.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "DISMISSED", resolutionNote: "Klopt al.", resolvedById: moderator });

    const second = await openReportFor(SLUGS.a);
    expect((await resolveReport({ status: "idle" }, { reportId: second.id, note: "" })).status).toBe("success");
    expect(await t.db.correctionReport.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "RESOLVED", resolutionNote: null });
  });

  it("does not let coordinators dismiss, nor visitors handle, a report", async () => {
    const report = await openReportFor(SLUGS.a);
    const before = await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } });
    actAs(await userId(t.db, EMAILS.ownerA));
    expect(await settleReport({ status: "idle" }, { reportId: report.id, outcome: "DISMISSED", note: "Onzin" })).toMatchObject({ status: "error" });
    actAs(null);
    expect(await resolveReport({ status: "idle" }, { reportId: report.id, note: "" })).toMatchObject({ status: "error", message: expect.stringMatching(/niet \(meer\) ingelogd/) });
    expect(await settleReport({ status: "idle" }, { reportId: report.id, outcome: "RESOLVED", note: "" })).toMatchObject({ status: "error" });
    expect(await t.db.correctionReport.findUniqueOrThrow({ where: { id: report.id } })).toEqual(before);
  });
});
