// Every mutation × {anonymous, coordinator of A, coordinator of B, moderator, admin} ×
// {listing A, listing B}: exactly the expected calls succeed, and every refused call leaves
// every table of the database exactly as it was.
import { beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { changedTables, databaseFingerprint } from "./support/fingerprint";
import { ACTORS, ACTOR_EMAIL, TARGET_SLUG, type Actor, type Target } from "./support/matrix";
import { userId } from "./support/users";
import { mutations } from "./support/mutations";

const t = withTestDatabase();
const TARGETS: Target[] = ["A", "B"];

async function becomes(actor: Actor, ip: string) {
  actAs(actor === "anonymous" ? null : await userId(t.db, ACTOR_EMAIL[actor]), { ip });
}

describe("authorization matrix", () => {
  // Each mutation starts from two published listings owned by their coordinators, whatever
  // the one before did (one of them has the coordinator leave, another hands ownership over).
  beforeEach(async () => {
    await t.db.organization.updateMany({ where: { slug: { in: Object.values(TARGET_SLUG) } }, data: { status: "PUBLISHED" } });
    for (const [actor, target] of [["coordinatorA", "A"], ["coordinatorB", "B"]] as const) {
      const userId = (await t.db.user.findUniqueOrThrow({ where: { email: ACTOR_EMAIL[actor] } })).id;
      const organizationId = (await t.db.organization.findUniqueOrThrow({ where: { slug: TARGET_SLUG[target] } })).id;
      await t.db.membership.upsert({
        where: { userId_organizationId: { userId, organizationId } },
        create: { userId, organizationId, role: "OWNER" },
        update: { role: "OWNER" },
      });
    }
  });

  for (const mutation of mutations) {
    it(`${mutation.name}`, async () => {
      const results: string[] = [];
      for (const [actorIndex, actor] of ACTORS.entries()) {
        for (const target of TARGETS) {
          const input = await mutation.prepare(t.db, target);
          // A fresh address per call, so throttles on public forms do not decide the outcome.
          await becomes(actor, `198.51.100.${actorIndex * 10 + TARGETS.indexOf(target) + 1}`);
          const before = await databaseFingerprint(t.db);
          const state = await mutation.call(input);
          const changed = changedTables(before, await databaseFingerprint(t.db));
          const expected = mutation.allowed(actor, target);
          const ok = state.status === "success";
          results.push(`${actor} → ${target}: ${ok ? "allowed" : "refused"}${!ok && changed.length ? ` BUT CHANGED ${changed.join(",")}` : ""}`);
          if (expected) expect.soft(ok, `${actor} on ${target} should succeed: ${JSON.stringify(state)}`).toBe(true);
          else {
            expect.soft(ok, `${actor} on ${target} should be refused`).toBe(false);
            expect.soft(changed, `${actor} on ${target} was refused but changed tables`).toEqual([]);
          }
        }
      }
      expect(results.filter((line) => line.includes("CHANGED"))).toEqual([]);
    });
  }
});
