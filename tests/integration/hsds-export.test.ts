// The HSDS export must be valid Open Referral HSDS 3.0: every service is checked against the
// official JSON Schemas, kept in tests/fixtures/hsds (source and licence in its README).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/hsds/services/route";
import { hsdsId } from "@/lib/hsds/ids";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const SCHEMA_DIR = path.resolve(import.meta.dirname, "../fixtures/hsds");

function serviceValidator() {
  // The HSDS files carry Table Schema keywords (constraints, core, …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), "utf8"));
    ajv.addSchema({ ...schema, $id: `https://hsds.example/${file}` });
  }
  const validate = ajv.getSchema("https://hsds.example/service.json");
  if (!validate) throw new Error("service.json not found in HSDS schemas");
  return validate;
}

async function page(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/hsds/services${query}`));
  return { status: response.status, body: await response.json() };
}

describe("HSDS export", () => {
  it("exports every public service, each valid against the HSDS 3 service schema", async () => {
    const validate = serviceValidator();
    const first = await page("?per_page=200");
    expect(first.status).toBe(200);
    const total = await t.db.service.count({ where: { status: "ACTIVE", organization: { status: "PUBLISHED" } } });
    expect(first.body).toMatchObject({ total_items: total, page_number: 1, first_page: true, last_page: true, empty: false });
    expect(first.body.contents).toHaveLength(total);
    // The validator itself must be able to say no.
    expect(validate({ ...first.body.contents[0], status: "open" })).toBe(false);
    expect(validate({ ...first.body.contents[0], id: "not-a-uuid" })).toBe(false);
    for (const service of first.body.contents) {
      const valid = validate(service);
      expect(valid, `${service.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("keeps ids stable and maps hours, areas and languages", async () => {
    const service = await t.db.service.findFirstOrThrow({
      where: { locations: { some: { schedules: { some: { freq: "MONTHLY" } } } } },
      include: { locations: { include: { schedules: true } } },
    });
    const all = (await page("?per_page=200")).body.contents as { id: string; service_at_locations: { schedules: { byday: string; freq: string; opens_at: string }[] }[]; languages: { code: string; name: string }[] }[];
    const exported = all.find((s) => s.id === hsdsId("service", service.id));
    expect(exported).toBeDefined();
    const monthly = service.locations.flatMap((l) => l.schedules).find((s) => s.freq === "MONTHLY");
    const byday = exported!.service_at_locations.flatMap((sal) => sal.schedules).map((s) => s.byday);
    expect(byday).toContain(`${monthly!.weekOfMonth}${monthly!.byDay}`);
    expect(exported!.languages.find((l) => l.code === "nl")?.name).toBe("Nederlands");
    expect(hsdsId("service", service.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("leaves out services of organisations that are not published", async () => {
    const org = await t.db.organization.create({
      data: {
        slug: "nog-in-behandeling",
        name: "Nog in behandeling",
        kind: "INFORMAL",
        track: "SOCIALE_BASIS",
        description: "Wacht op een moderator.",
        status: "PENDING",
        services: { create: { slug: "inloop", name: "Geheime inloop", description: "Nog niet openbaar." } },
      },
    });
    const names = ((await page("?per_page=200")).body.contents as { name: string }[]).map((s) => s.name);
    expect(names).not.toContain("Geheime inloop");
    await t.db.organization.delete({ where: { id: org.id } });
  });

  it("pages, and names a bad parameter", async () => {
    const second = await page("?per_page=10&page=2");
    expect(second.body).toMatchObject({ page_number: 2, size: 10, first_page: false });
    const bad = await page("?per_page=0");
    expect(bad.status).toBe(400);
    expect(bad.body.parameter).toBe("per_page");
  });
});
