// Managing who keeps a listing right: roles, removal, handing over ownership, leaving, and the
// rule that an organisation that has an owner always keeps one — also when two act at once.
import { beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { changeMemberRole, leaveOrganisation, removeMember, transferOwnership } from "../../lib/access/member-actions";

const t = withTestDatabase();
const LAST_OWNER = "Een organisatie heeft altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.";
const ids = { orgA: "", orgB: "", ownerA: "", editorA: "", ownerB: "", moderator: "" };

/** Organisation A as seeded: ownerA OWNER, editorA EDITOR, nobody else. */
beforeEach(async () => {
  ids.orgA = await organisationId(t.db, SLUGS.a);
  ids.orgB = await organisationId(t.db, SLUGS.b);
  ids.ownerA = await userId(t.db, EMAILS.ownerA);
  ids.editorA = await userId(t.db, EMAILS.editorA);
  ids.ownerB = await userId(t.db, EMAILS.ownerB);
  ids.moderator = await userId(t.db, EMAILS.moderator);
  await t.db.membership.deleteMany({ where: { organizationId: ids.orgA } });
  await t.db.membership.createMany({
    data: [
      { organizationId: ids.orgA, userId: ids.ownerA, role: "OWNER" },
      { organizationId: ids.orgA, userId: ids.editorA, role: "EDITOR" },
    ],
  });
});

async function membershipsOf(organizationId: string) {
  const rows = await t.db.membership.findMany({ where: { organizationId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } });
  return Object.fromEntries(rows.map((row) => [row.userId, row.role]));
}

async function everything() {
  return { memberships: await t.db.membership.findMany({ orderBy: [{ organizationId: "asc" }, { userId: "asc" }] }), revisions: await t.db.revision.count() };
}

describe("changing roles", () => {
  it("lets an owner make an editor owner, with a revision without password data", async () => {
    actAs(ids.ownerA);
    const state = await changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA, role: "OWNER" });
    expect(state).toMatchObject({ status: "success", message: "De rol is gewijzigd." });
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "OWNER", [ids.editorA]: "OWNER" });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Membership", entityId: ids.editorA }, orderBy: { createdAt: "desc" } });
    expect(revision).toMatchObject({ action: "UPDATE", organizationId: ids.orgA, userId: ids.ownerA });
    expect(revision.before).toMatchObject({ role: "EDITOR", email: EMAILS.editorA });
    expect(revision.after).toMatchObject({ role: "OWNER" });
    expect(JSON.stringify(revision)).not.toMatch(/password|hash/i);
  });

  it("refuses to demote the only owner, and changes nothing", async () => {
    actAs(ids.ownerA);
    const before = await everything();
    const state = await changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA, role: "EDITOR" });
    expect(state).toMatchObject({ status: "error", message: LAST_OWNER });
    expect(await everything()).toEqual(before);
  });

  it("refuses an editor and the owner of another organisation, whatever ids are posted", async () => {
    const before = await everything();
    for (const actor of [ids.editorA, ids.ownerB]) {
      actAs(actor);
      expect((await changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA, role: "OWNER" })).status).toBe("error");
      expect((await changeMemberRole({ status: "idle" }, { organizationId: ids.orgB, userId: ids.editorA, role: "OWNER" })).status).toBe("error");
      expect((await removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA })).status).toBe("error");
      expect((await transferOwnership({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA })).status).toBe("error");
    }
    actAs(null);
    expect(await removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA })).toMatchObject({ status: "error", message: expect.stringMatching(/ingelogd/) });
    expect(await everything()).toEqual(before);
  });

  it("lets a moderator change roles in any organisation, but not remove the last owner", async () => {
    actAs(ids.moderator);
    expect((await changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA, role: "OWNER" })).status).toBe("success");
    expect((await changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA, role: "EDITOR" })).status).toBe("success");
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "EDITOR", [ids.editorA]: "OWNER" });
    expect(await removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA })).toMatchObject({ status: "error", message: LAST_OWNER });
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "EDITOR", [ids.editorA]: "OWNER" });
  });
});

describe("removing and leaving", () => {
  it("lets an owner remove an editor", async () => {
    actAs(ids.ownerA);
    expect((await removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA })).status).toBe("success");
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "OWNER" });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Membership", entityId: ids.editorA, action: "DELETE" } });
    expect(revision).toMatchObject({ organizationId: ids.orgA, after: null });
  });

  it("lets anyone leave, but not the only owner", async () => {
    actAs(ids.ownerA);
    const before = await everything();
    expect(await leaveOrganisation({ status: "idle" }, { organizationId: ids.orgA })).toMatchObject({ status: "error", message: LAST_OWNER });
    expect(await removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA })).toMatchObject({ status: "error", message: LAST_OWNER });
    expect(await everything()).toEqual(before);

    actAs(ids.editorA);
    expect(await leaveOrganisation({ status: "idle" }, { organizationId: ids.orgA })).toMatchObject({ status: "success" });
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "OWNER" });
    // Leaving somewhere one is not a member changes nothing.
    expect((await leaveOrganisation({ status: "idle" }, { organizationId: ids.orgB })).status).toBe("error");
    expect(await membershipsOf(ids.orgB)).toEqual({ [ids.ownerB]: "OWNER" });
  });
});

describe("handing over ownership", () => {
  it("makes the other member owner and the current owner editor, in one go", async () => {
    actAs(ids.ownerA);
    const state = await transferOwnership({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA });
    expect(state).toMatchObject({ status: "success" });
    expect(await membershipsOf(ids.orgA)).toEqual({ [ids.ownerA]: "EDITOR", [ids.editorA]: "OWNER" });
    const revisions = await t.db.revision.findMany({ where: { entityType: "Membership", organizationId: ids.orgA, action: "UPDATE" }, orderBy: { createdAt: "desc" }, take: 2 });
    expect(revisions.map((r) => r.entityId).sort()).toEqual([ids.ownerA, ids.editorA].sort());
  });

  it("is refused for someone who is not a member, and changes nothing", async () => {
    actAs(ids.ownerA);
    const before = await everything();
    expect((await transferOwnership({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerB })).status).toBe("error");
    expect((await transferOwnership({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA })).status).toBe("error");
    expect(await everything()).toEqual(before);
  });
});

describe("two owners demoting at the same time", () => {
  it("lets exactly one succeed, so one owner remains", async () => {
    await t.db.membership.update({ where: { userId_organizationId: { userId: ids.editorA, organizationId: ids.orgA } }, data: { role: "OWNER" } });
    actAs(ids.moderator);
    const results = await Promise.all([
      changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA, role: "EDITOR" }),
      changeMemberRole({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA, role: "EDITOR" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(results.find((r) => r.status === "error")).toMatchObject({ message: LAST_OWNER });
    expect(Object.values(await membershipsOf(ids.orgA)).filter((role) => role === "OWNER")).toHaveLength(1);
  });

  it("lets exactly one of two owners leave", async () => {
    await t.db.membership.update({ where: { userId_organizationId: { userId: ids.editorA, organizationId: ids.orgA } }, data: { role: "OWNER" } });
    actAs(ids.moderator);
    const results = await Promise.all([
      removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.ownerA }),
      removeMember({ status: "idle" }, { organizationId: ids.orgA, userId: ids.editorA }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(Object.values(await membershipsOf(ids.orgA))).toEqual(["OWNER"]);
  });
});
