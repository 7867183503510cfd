import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { organisationDetailsForm } from "./support/forms";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { saveOrganisationDetails } from "../../lib/listings/organisation-actions";

const t = withTestDatabase();


describe("saving organisation details", () => {
  it("saves, bumps the version and records a revision", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const input = { ...(await organisationDetailsForm(t.db, SLUGS.a)), phone: "030 123 45 67", website: "www.voorbeeld.nl" };
    const state = await saveOrganisationDetails({ status: "idle" }, input);
    expect(state.status).toBe("success");
    const saved = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    expect(saved.phone).toBe("030 123 45 67");
    expect(saved.website).toBe("https://www.voorbeeld.nl");
    expect(saved.version).toBe(Number(input.version) + 1);
    const revision = await t.db.revision.findFirstOrThrow({ where: { organizationId: saved.id }, orderBy: { createdAt: "desc" } });
    expect(revision.action).toBe("UPDATE");
    expect((revision.after as { phone: string }).phone).toBe("030 123 45 67");
  });

  it("gives Dutch field errors for bad input and changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    const state = await saveOrganisationDetails({ status: "idle" }, { ...(await organisationDetailsForm(t.db, SLUGS.a)), name: " ", email: "geen-adres" });
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors?.name).toEqual(["Vul dit veld in."]);
    expect(state.fieldErrors?.email?.[0]).toMatch(/geldig e-mailadres/);
    const after = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    expect(after).toEqual(before);
  });

  it("answers in English for the English site", async () => {
    actAs(await userId(t.db, EMAILS.ownerA), { locale: "en" });
    const state = await saveOrganisationDetails({ status: "idle" }, { ...(await organisationDetailsForm(t.db, SLUGS.a)), name: "" });
    expect(state.status === "error" && state.fieldErrors?.name).toEqual(["Please fill in this field."]);
  });

  it("refuses a coordinator of another organisation, whatever id is posted", async () => {
    actAs(await userId(t.db, EMAILS.ownerB));
    const before = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    const state = await saveOrganisationDetails({ status: "idle" }, { ...(await organisationDetailsForm(t.db, SLUGS.a)), name: "Overgenomen" });
    expect(state.status).toBe("error");
    expect(await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } })).toEqual(before);
  });

  it("detects a concurrent edit instead of overwriting it", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const stale = await organisationDetailsForm(t.db, SLUGS.a);
    expect((await saveOrganisationDetails({ status: "idle" }, { ...stale, alternateName: "Eerste" })).status).toBe("success");
    const second = await saveOrganisationDetails({ status: "idle" }, { ...stale, alternateName: "Tweede" });
    expect(second.status).toBe("conflict");
    if (second.status === "conflict") expect(second.changes.map((c) => c.field)).toEqual(["alternateName"]);
    expect((await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } })).alternateName).toBe("Eerste");
  });

  it("lets a moderator edit any listing, and refuses visitors", async () => {
    actAs(null);
    expect((await saveOrganisationDetails({ status: "idle" }, await organisationDetailsForm(t.db, SLUGS.b))).status).toBe("error");
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await saveOrganisationDetails({ status: "idle" }, { ...(await organisationDetailsForm(t.db, SLUGS.b)), alternateName: "GL" })).status).toBe("success");
    expect((await organisationId(t.db, SLUGS.b)).length).toBeGreaterThan(0);
  });
});
