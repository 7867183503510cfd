// Two coordinators save the same listing at the same time, many times over. Each save
// either lands (and is the one and only successor of the version it started from) or is
// reported as a conflict; no save disappears without trace.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { organisationDetailsForm } from "./support/forms";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, userId } from "./support/users";
import { saveOrganisationDetails } from "../../lib/listings/organisation-actions";

const t = withTestDatabase();
const ROUNDS = 15;


type Outcome = { who: string; value: string; status: string };

/** Lets both editors finish reading before either saves, in every round. */
function barrier(parties: number) {
  let waiting: (() => void)[] = [];
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === parties) {
        waiting.forEach((release) => release());
        waiting = [];
      }
    });
}

async function editor(who: string, email: string, outcomes: Outcome[], bothHaveRead: () => Promise<void>) {
  const id = await userId(t.db, email);
  for (let round = 0; round < ROUNDS; round += 1) {
    const value = `${who}-${round}`;
    // Both read, then both save: one of them starts from a version that is gone.
    const form = await organisationDetailsForm(t.db, SLUGS.a);
    await bothHaveRead();
    actAs(id);
    const state = await saveOrganisationDetails({ status: "idle" }, { ...form, alternateName: value });
    outcomes.push({ who, value, status: state.status });
  }
}

describe("racing edits of one listing", () => {
  it("never loses an update: every save lands as one revision or is reported as a conflict", async () => {
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    const startVersion = organisation.version;
    const outcomes: Outcome[] = [];
    const bothHaveRead = barrier(2);
    await Promise.all([editor("eigenaar", EMAILS.ownerA, outcomes, bothHaveRead), editor("redacteur", EMAILS.editorA, outcomes, bothHaveRead)]);

    expect(outcomes).toHaveLength(2 * ROUNDS);
    expect(outcomes.every((o) => o.status === "success" || o.status === "conflict")).toBe(true);
    // Every round exactly one of the two lands; the other learns it was too late.
    const saved = outcomes.filter((o) => o.status === "success");
    expect(saved).toHaveLength(ROUNDS);
    expect(outcomes.filter((o) => o.status === "conflict")).toHaveLength(ROUNDS);

    const after = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a } });
    expect(after.version).toBe(startVersion + saved.length);

    const revisions = await t.db.revision.findMany({
      where: { organizationId: organisation.id, entityType: "Organization", createdAt: { gte: organisation.updatedAt } },
      orderBy: { createdAt: "asc" },
    });
    expect(revisions).toHaveLength(saved.length);
    // A chain: each revision starts from what the previous one saved.
    for (let i = 1; i < revisions.length; i += 1) {
      expect((revisions[i].before as { alternateName: string }).alternateName).toBe((revisions[i - 1].after as { alternateName: string }).alternateName);
    }
    expect(new Set(revisions.map((r) => (r.after as { alternateName: string }).alternateName))).toEqual(new Set(saved.map((s) => s.value)));
    expect(after.alternateName).toBe((revisions.at(-1)?.after as { alternateName: string }).alternateName);
  });
});
