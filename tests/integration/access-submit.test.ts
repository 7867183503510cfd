// "Meld een initiatief aan": a PENDING organisation owned by its submitter, invisible to the
// public until a moderator approves it; robots and floods are refused without writing.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { submitInitiative, submitInitiativeWithAccount } from "../../lib/access/submit-actions";
import { checkPassword } from "../../lib/auth/sign-in";
import { listPublishedOrganisations } from "../../lib/organisations/queries";
import { getPublishedOrganisationDetail } from "../../lib/organisations/detail-queries";
import { listMyOrganisations } from "../../lib/listings/manage-queries";
import { searchServices } from "../../lib/search/queries";
import { searchParamsInput, searchParamsSchema } from "../../lib/search/schemas";
import { refreshSearchVectors } from "../../lib/search/refresh-vectors";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();
const PASSWORD = "een goed wachtwoord";
let ipCounter = 0;

function freshIp(): string {
  ipCounter += 1;
  return `192.0.2.${ipCounter}`;
}

function initiative(name: string) {
  return { name, description: "Wij helpen buren met het ordenen van post en rekeningen.", website: "www.buurtkas.nl", email: "", phone: "030 123 45 67" };
}

function account(email: string) {
  return { accountName: "Sam Stichter", accountEmail: email, password: PASSWORD, passwordRepeat: PASSWORD };
}

async function counts() {
  const [organisations, users, memberships, revisions] = await Promise.all([t.db.organization.count(), t.db.user.count(), t.db.membership.count(), t.db.revision.count()]);
  return { organisations, users, memberships, revisions };
}

async function findsInSearch(query: string): Promise<string[]> {
  const result = await searchServices(searchParamsSchema.parse(searchParamsInput(new URLSearchParams({ q: query, per_page: "100" }))));
  return result.items.map((item) => item.organization.slug);
}

describe("submitting an initiative while signed in", () => {
  it("creates a PENDING organisation with the submitter as OWNER and a SUBMIT revision", async () => {
    const submitter = await userId(t.db, EMAILS.ownerB);
    actAs(submitter);
    const state = await submitInitiative({ status: "idle" }, { ...initiative("Budgetmaatjes Zuilen-Noord"), kind: "FORMAL", track: "BUURTTEAM" });
    expect(state).toMatchObject({ status: "success", data: { email: null } });
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: "budgetmaatjes-zuilen-noord" }, include: { memberships: true } });
    expect(organisation).toMatchObject({ status: "PENDING", submittedById: submitter, kind: "FORMAL", track: "BUURTTEAM", website: "https://www.buurtkas.nl", email: null });
    expect(organisation.memberships).toEqual([expect.objectContaining({ userId: submitter, role: "OWNER" })]);
    expect(state.status === "success" && state.data?.organizationId).toBe(organisation.id);
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Listing", entityId: organisation.id } });
    expect(revision).toMatchObject({ action: "SUBMIT", organizationId: organisation.id, userId: submitter, after: expect.objectContaining({ status: "PENDING", name: "Budgetmaatjes Zuilen-Noord" }) });

    // On their dashboard, "wacht op goedkeuring".
    const mine = await listMyOrganisations({ id: submitter, role: "USER" } as SessionUser);
    expect(mine.find((o) => o.id === organisation.id)).toMatchObject({ status: "PENDING", role: "OWNER" });
  });

  it("keeps a pending initiative off the public map, pages and search until it is published", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    await submitInitiative({ status: "idle" }, initiative("Kwispelkas Tuindorp"));
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: "kwispelkas-tuindorp" } });
    // Give it a service, as the owner can right away, so search has something to find.
    const service = await t.db.service.create({
      data: { organizationId: organisation.id, slug: "spreekuur", name: "Kwispelkas spreekuur", description: "Hulp bij rekeningen", phases: ["STABILISEREN"], accessModes: ["WALK_IN"], languages: ["nl"] },
    });
    await refreshSearchVectors(t.db, [service.id]);

    expect((await listPublishedOrganisations()).map((o) => o.slug)).not.toContain("kwispelkas-tuindorp");
    expect(await getPublishedOrganisationDetail("kwispelkas-tuindorp")).toBeNull();
    expect(await findsInSearch("Kwispelkas")).not.toContain("kwispelkas-tuindorp");

    // The same listing once published is found: the checks above can fail.
    await t.db.organization.update({ where: { id: organisation.id }, data: { status: "PUBLISHED" } });
    expect(await findsInSearch("Kwispelkas")).toContain("kwispelkas-tuindorp");
    expect((await listPublishedOrganisations()).map((o) => o.slug)).toContain("kwispelkas-tuindorp");
  });

  it("refuses a name that is already on the map, at the name field, writing nothing", async () => {
    const existing = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    actAs(await userId(t.db, EMAILS.editorA));
    const before = await counts();
    const state = await submitInitiative({ status: "idle" }, initiative(existing.name.toUpperCase()));
    expect(state.status === "error" && state.fieldErrors?.name).toEqual(["Er staat al een organisatie met deze naam op de kaart."]);
    expect(await counts()).toEqual(before);
  });

  it("gives Dutch field errors for missing fields and writes nothing", async () => {
    actAs(await userId(t.db, EMAILS.editorA));
    const before = await counts();
    const state = await submitInitiative({ status: "idle" }, { name: " ", description: "", website: "geen adres met spaties", kind: "ANDERS" });
    expect(state.status === "error" && state.fieldErrors).toMatchObject({
      name: ["Vul dit veld in."],
      description: ["Vul dit veld in."],
      kind: ["Kies een van de mogelijkheden."],
    });
    expect(await counts()).toEqual(before);
  });
});

describe("submitting an initiative without an account", () => {
  it("creates the account, the PENDING organisation and the OWNER membership together", async () => {
    actAs(null, { ip: freshIp() });
    const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Stichting Geldzorg Kanaleneiland"), ...account("Sam@Stichting.nl") });
    expect(state).toMatchObject({ status: "success", data: { email: "sam@stichting.nl" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "sam@stichting.nl" }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Sam Stichter", role: "USER" });
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: "stichting-geldzorg-kanaleneiland" } });
    expect(organisation).toMatchObject({ status: "PENDING", submittedById: user.id, kind: "INFORMAL", track: "SOCIALE_BASIS" });
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: organisation.id, role: "OWNER" })]);
    expect(await checkPassword(t.db, { email: "sam@stichting.nl", password: PASSWORD, ip: freshIp() })).toMatchObject({ ok: true });
  });

  it("refuses an address that already has an account, at that field, writing nothing", async () => {
    actAs(null, { ip: freshIp() });
    const before = await counts();
    const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Nieuw Initiatief Oost"), ...account(EMAILS.ownerA) });
    expect(state.status === "error" && state.fieldErrors?.accountEmail?.[0]).toMatch(/bestaat al een account/);
    expect(await counts()).toEqual(before);
    expect(await t.db.organization.count({ where: { slug: "nieuw-initiatief-oost" } })).toBe(0);
  });

  it("checks the password fields", async () => {
    actAs(null, { ip: freshIp() });
    const before = await counts();
    const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Wachtwoordcafé"), ...account("kort@voorbeeld.nl"), password: "kort", passwordRepeat: "kort" });
    expect(state.status === "error" && state.fieldErrors?.password).toEqual(["Kies een wachtwoord van minstens 10 tekens."]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a robot that filled in the hidden field, writing nothing", async () => {
    actAs(null, { ip: freshIp() });
    const before = await counts();
    const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Goedkope Pillen"), ...account("robot@spam.example"), website_url: "https://spam.example" });
    expect(state.status).toBe("error");
    expect(await counts()).toEqual(before);
    expect(await t.db.user.count({ where: { email: "robot@spam.example" } })).toBe(0);
  });

  it("allows 5 sign-ups per hour from one address, then refuses without writing", async () => {
    const ip = freshIp();
    actAs(null, { ip });
    for (let i = 1; i <= 5; i += 1) {
      const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative(`Buurtkas nummer ${i}`), ...account(`kas${i}@voorbeeld.nl`) });
      expect(state.status).toBe("success");
    }
    const before = await counts();
    const state = await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Buurtkas nummer 6"), ...account("kas6@voorbeeld.nl") });
    expect(state).toMatchObject({ status: "error", message: "Te veel pogingen. Wacht een uur en probeer het dan opnieuw." });
    expect(await counts()).toEqual(before);
    // Another address is not affected.
    actAs(null, { ip: freshIp() });
    expect((await submitInitiativeWithAccount({ status: "idle" }, { ...initiative("Buurtkas nummer 6"), ...account("kas6@voorbeeld.nl") })).status).toBe("success");
  });
});
