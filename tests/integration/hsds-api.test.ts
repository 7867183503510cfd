// The HSDS 3 API (HSDA) under /api/hsds, through its route handlers on the seeded database:
// every published record of every endpoint is valid against the official JSON Schemas
// (support/hsds-schemas.ts), unknown ids answer 404 in the API's error shape, pages are capped,
// modified_after filters (and refuses what is not ISO 8601), nothing unpublished or
// professional-only is ever in an answer, and a page reads rows in proportion to its size.
import pg from "pg";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as rootRoute } from "@/app/api/hsds/route";
import { GET as servicesRoute } from "@/app/api/hsds/services/route";
import { GET as serviceRoute } from "@/app/api/hsds/services/[id]/route";
import { GET as organizationsRoute } from "@/app/api/hsds/organizations/route";
import { GET as organizationRoute } from "@/app/api/hsds/organizations/[id]/route";
import { GET as salsRoute } from "@/app/api/hsds/service_at_locations/route";
import { GET as salRoute } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as taxonomiesRoute } from "@/app/api/hsds/taxonomies/route";
import { GET as taxonomyRoute } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as termsRoute } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as termRoute } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { hsdsId } from "@/lib/hsds/ids";
import { hsdsOrganization, hsdsOrganizationPage } from "@/lib/hsds/organizations";
import { hsdsService, hsdsServicePage } from "@/lib/hsds/queries";
import { hsdsServiceAtLocation, hsdsServiceAtLocationPage } from "@/lib/hsds/service-at-locations";
import { hsdsTaxonomy, hsdsTaxonomyTerm } from "@/lib/hsds/taxonomy-queries";
import { hsdsValidators, type HsdsSchemaName } from "./support/hsds-schemas";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const v = hsdsValidators();

type Handler = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
const LISTS: Record<string, Handler> = {
  "": rootRoute,
  services: servicesRoute,
  organizations: organizationsRoute,
  service_at_locations: salsRoute,
  taxonomies: taxonomiesRoute,
  taxonomy_terms: termsRoute,
};
const DETAILS: Record<string, Handler> = {
  services: serviceRoute,
  organizations: organizationRoute,
  service_at_locations: salRoute,
  taxonomies: taxonomyRoute,
  taxonomy_terms: termRoute,
};
const SCHEMA_OF: Record<string, HsdsSchemaName> = {
  services: "service",
  organizations: "organization",
  service_at_locations: "service_at_location",
  taxonomies: "taxonomy",
  taxonomy_terms: "taxonomy_term",
};

type Body = Record<string, unknown> & { contents: Record<string, unknown>[] };

async function call(path: string, query = "", headers: Record<string, string> = {}) {
  const [kind, id] = path.split("/");
  const request = new NextRequest(`http://localhost/api/hsds${path ? `/${path}` : ""}${query ? `?${query}` : ""}`, { headers });
  const context = { params: Promise.resolve({ id: id ?? "" }) };
  const response = await (id === undefined ? LISTS[kind] : DETAILS[kind])(request, context);
  return { status: response.status, headers: response.headers, body: response.status === 304 ? null : ((await response.json()) as Body) };
}

/** Every page of a list, checking each page's wrapper on the way. */
async function all(kind: string, query = "") {
  const contents: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await call(kind, `per_page=200&page=${page}${query ? `&${query}` : ""}`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(v.page(body), JSON.stringify(v.page.errors)).toBe(true);
    contents.push(...body!.contents);
    if (body!.last_page) return { contents, total: body!.total_items as number };
  }
}

function expectValid(schema: HsdsSchemaName, record: Record<string, unknown>) {
  const validate = v[schema];
  expect(validate(record), `${schema} ${String(record.name ?? record.id)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

const PUBLIC_SERVICE = { status: "ACTIVE", organization: { status: "PUBLISHED" } } as const;

// Every request of this file comes from one address: the counters start over for each test so
// the rate limit (120 a minute) is not what a test runs into.
beforeEach(async () => {
  await t.db.rateLimitWindow.deleteMany();
});

describe("HSDS API: the root", () => {
  it("says which HSDS version it is, whose data and under which licence", async () => {
    const { status, body } = await call("");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      version: "3.0",
      openapi_url: expect.stringMatching(/^https:\/\/.*openapi\.json$/),
      license: { id: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
      publisher: { name: "Sociale kaart schuldhulp Utrecht", url: "http://localhost" },
    });
  });
});

describe("HSDS API: every published record is valid HSDS", () => {
  it("lists every public service, nested, flat and minimal, each valid against service.json", async () => {
    const total = await t.db.service.count({ where: PUBLIC_SERVICE });
    for (const query of ["", "full=false", "minimal=true"]) {
      const { contents, total: listed } = await all("services", query);
      expect(listed).toBe(total);
      expect(contents).toHaveLength(total);
      for (const service of contents) expectValid("service", service);
    }
    // The validator itself must be able to say no.
    const { contents } = await all("services");
    expect(v.service({ ...contents[0], status: "open" })).toBe(false);
  });

  it("lists every published organisation, plain, full and with full services, each valid", async () => {
    const total = await t.db.organization.count({ where: { status: "PUBLISHED" } });
    for (const query of ["", "full=true", "full_service=true"]) {
      const { contents, total: listed } = await all("organizations", query);
      expect(listed).toBe(total);
      for (const organization of contents) {
        expectValid("organization", organization);
        for (const service of (organization.services ?? []) as Record<string, unknown>[]) expectValid("service", service);
      }
    }
  });

  it("lists every service at a location of a public service, flat and full, each valid", async () => {
    const total = await t.db.serviceAtLocation.count({ where: { service: PUBLIC_SERVICE } });
    for (const query of ["", "full=true"]) {
      const { contents, total: listed } = await all("service_at_locations", query);
      expect(listed).toBe(total);
      for (const sal of contents) expectValid("service_at_location", sal);
    }
    const full = (await all("service_at_locations", "full=true")).contents as { schedules: { freq: string; byday: string; opens_at: string }[] }[];
    const schedules = full.flatMap((sal) => sal.schedules);
    expect(schedules.length).toBeGreaterThan(0);
    // RRULE-compatible: a frequency, and days as iCalendar BYDAY values ("MO", "1SA", "-1FR").
    for (const schedule of schedules) {
      expect(["WEEKLY", "MONTHLY"]).toContain(schedule.freq);
      expect(schedule.byday).toMatch(/^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$/);
      expect(schedule.opens_at).toMatch(/^\d{2}:\d{2}$/);
    }
  });

  it("publishes the phases, access modes and categories as taxonomies with terms, each valid", async () => {
    const taxonomies = (await all("taxonomies")).contents;
    for (const taxonomy of taxonomies) expectValid("taxonomy", taxonomy);
    const names = taxonomies.map((taxonomy) => taxonomy.name);
    expect(names).toEqual(expect.arrayContaining(["schuldhulp-fasen-utrecht", "toegang-sociale-kaart-utrecht", "sociale-kaart-utrecht"]));
    const terms = (await all("taxonomy_terms")).contents;
    for (const term of terms) expectValid("taxonomy_term", term);
    const categories = await t.db.category.count();
    expect(terms).toHaveLength(5 + 5 + categories);
    // Each term belongs to a listed taxonomy, and a term filter by taxonomy gives just its terms.
    const ids = new Set(taxonomies.map((taxonomy) => taxonomy.id));
    for (const term of terms) expect(ids.has(term.taxonomy_id as string)).toBe(true);
    const phases = taxonomies.find((taxonomy) => taxonomy.name === "schuldhulp-fasen-utrecht")!;
    const phaseTerms = (await all("taxonomy_terms", `taxonomy_id=${String(phases.id)}`)).contents;
    expect(phaseTerms.map((term) => term.code)).toEqual(["signaleren", "toeleiden", "stabiliseren", "oplossen", "nazorg"]);
  });

  it("answers every record on its own, valid and the same id as in the list", async () => {
    // Through the query functions (one route call per record would run into the rate limit);
    // the routes themselves are called for one of each below.
    for (const service of (await all("services")).contents) {
      const one = await hsdsService(service.id as string);
      expect(one.id).toBe(service.id);
      expectValid("service", one);
    }
    for (const organization of (await all("organizations")).contents) {
      const one = await hsdsOrganization(organization.id as string, "nl");
      expect(one.id).toBe(organization.id);
      expectValid("organization", one);
    }
    for (const sal of (await all("service_at_locations")).contents) {
      const one = await hsdsServiceAtLocation(sal.id as string, "nl");
      expect(one.id).toBe(sal.id);
      expectValid("service_at_location", one);
      expectValid("service", one.service);
    }
    for (const taxonomy of (await all("taxonomies")).contents) expectValid("taxonomy", await hsdsTaxonomy(taxonomy.id as string));
    for (const term of (await all("taxonomy_terms")).contents) expectValid("taxonomy_term", await hsdsTaxonomyTerm(term.id as string));
  });

  it("answers one of each through its route, with an ETag that gives a 304", async () => {
    for (const kind of Object.keys(DETAILS)) {
      const first = (await call(kind, "per_page=1")).body!.contents[0];
      const one = await call(`${kind}/${String(first.id)}`);
      expect(one.status).toBe(200);
      expectValid(SCHEMA_OF[kind], one.body!);
      const etag = one.headers.get("etag");
      expect(etag).toBeTruthy();
      expect((await call(`${kind}/${String(first.id)}`, "", { "if-none-match": etag! })).status).toBe(304);
    }
  });

  it("gives service areas with their CBS codes", async () => {
    const area = await t.db.serviceArea.findFirstOrThrow({ where: { service: PUBLIC_SERVICE }, include: { wijk: true, buurt: true } });
    const service = await call(`services/${hsdsId("service", area.serviceId)}`);
    const areas = service.body!.service_areas as { extent_type: string; extent: string }[];
    expect(areas).toContainEqual(expect.objectContaining({ extent_type: "cbs_code", extent: (area.buurt ?? area.wijk)!.code }));
  });
});

describe("HSDS API: filters", () => {
  it("filters services by organisation, taxonomy term, taxonomy and search", async () => {
    const service = await t.db.service.findFirstOrThrow({ where: { ...PUBLIC_SERVICE, categories: { some: {} }, phases: { isEmpty: false } }, include: { categories: true } });
    const byOrganization = (await all("services", `organization_id=${hsdsId("organization", service.organizationId)}`)).contents;
    expect(byOrganization.map((s) => s.id)).toContain(hsdsId("service", service.id));
    expect(byOrganization.every((s) => s.organization_id === hsdsId("organization", service.organizationId))).toBe(true);

    const categoryId = service.categories[0].categoryId;
    const byCategory = await call("services", `per_page=200&taxonomy_term_id=${hsdsId("taxonomy_term", categoryId)}`);
    expect(byCategory.body!.total_items).toBe(await t.db.service.count({ where: { ...PUBLIC_SERVICE, categories: { some: { categoryId } } } }));

    const phase = service.phases[0];
    const byPhase = await call("services", `per_page=1&taxonomy_term_id=${hsdsId("taxonomy_term", `phase:${phase}`)}`);
    expect(byPhase.body!.total_items).toBe(await t.db.service.count({ where: { ...PUBLIC_SERVICE, phases: { has: phase } } }));

    const search = await call("services", `per_page=200&search=${encodeURIComponent(service.name)}`);
    expect(search.body!.contents.map((s) => s.id)).toContain(hsdsId("service", service.id));
    expect(search.body!.total_items).toBeLessThan(await t.db.service.count({ where: PUBLIC_SERVICE }));

    // An id that names nothing of ours matches nothing (not an error).
    const nothing = await call("services", `organization_id=${hsdsId("organization", "nope")}`);
    expect(nothing.body).toMatchObject({ total_items: 0, empty: true, contents: [] });
  });

  it("filters on modified_after: only what changed on or after it, in every list", async () => {
    const service = await t.db.service.findFirstOrThrow({ where: { ...PUBLIC_SERVICE, locations: { some: {} } }, include: { locations: true } });
    await t.db.$executeRaw`UPDATE "Service" SET "updatedAt" = '2020-01-01T00:00:00Z'`;
    await t.db.$executeRaw`UPDATE "Organization" SET "updatedAt" = '2020-01-01T00:00:00Z'`;
    await t.db.$executeRaw`UPDATE "Location" SET "updatedAt" = '2020-01-01T00:00:00Z'`;
    await t.db.$executeRaw`UPDATE "Service" SET "updatedAt" = '2025-06-01T12:00:00Z' WHERE id = ${service.id}`;

    const changed = await call("services", "modified_after=2025-06-01T13:00:00%2B02:00&minimal=true");
    expect(changed.body!.contents).toEqual([expect.objectContaining({ id: hsdsId("service", service.id), last_modified: "2025-06-01T12:00:00.000Z" })]);
    expect((await call("services", "modified_after=2025-06-01T12:00:01Z")).body!.total_items).toBe(0);
    expect((await call("services", "modified_after=2025-06-01")).body!.total_items).toBe(1);
    const sals = await call("service_at_locations", "per_page=200&modified_after=2025-01-01");
    expect(sals.body!.total_items).toBe(service.locations.length);
    expect((await call("organizations", "modified_after=2025-01-01")).body!.total_items).toBe(0);
    expect((await call("organizations", "modified_after=2019-12-31")).body!.total_items).toBe(await t.db.organization.count({ where: { status: "PUBLISHED" } }));
  });

  it("refuses a modified_after that is not an ISO 8601 date or time, naming it", async () => {
    for (const value of ["yesterday", "2025-13-01", "2025-02-30", "2025-06-01T10:00", "2025-06-01T25:00:00Z", "1717243200", ""]) {
      for (const kind of ["services", "organizations", "service_at_locations"]) {
        const { status, body } = await call(kind, `modified_after=${encodeURIComponent(value)}`);
        expect(status, `${kind} ${value}`).toBe(400);
        expect(body).toMatchObject({ error: "invalid_parameter", parameter: "modified_after" });
      }
    }
  });
});

describe("HSDS API: limits and errors", () => {
  it("caps per_page at 200 and wants a page of 1 or more", async () => {
    for (const kind of ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]) {
      for (const query of ["per_page=201", "per_page=0", "per_page=ten", "page=0", "page=1.5"]) {
        const { status, body } = await call(kind, query);
        expect(status, `${kind} ${query}`).toBe(400);
        expect(body).toMatchObject({ error: "invalid_parameter", parameter: query.split("=")[0] });
      }
      expect((await call(kind, "per_page=200")).status).toBe(200);
      // An unknown parameter is ignored, as it always was on /api/hsds/services.
      expect((await call(kind, "per_page=1&colour=blue")).status).toBe(200);
    }
    const beyond = await call("organizations", "page=999&per_page=200");
    expect(beyond.body).toMatchObject({ page_number: 999, size: 0, empty: true, first_page: false, last_page: true });
  });

  it("answers 404 in the API's error shape for an id it does not know", async () => {
    for (const kind of Object.keys(DETAILS)) {
      for (const id of [hsdsId(kind, "unknown"), "not-a-uuid", "00000000-0000-0000-0000-000000000000"]) {
        const { status, body, headers } = await call(`${kind}/${id}`);
        expect(status, `${kind}/${id}`).toBe(404);
        expect(body).toEqual({ error: "not_found", message: expect.any(String) });
        expect(headers.get("cache-control")).toBe("no-store");
      }
    }
  });
});

describe("HSDS API: only what is published", () => {
  const SECRET = "Geheime dienst in behandeling";
  const INACTIVE = "Gestopte dienst van een gepubliceerde organisatie";
  const PROFESSIONAL = "Alleen voor professionals: 06-99887766";
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const pending = await t.db.organization.create({
      data: {
        slug: "hsds-api-pending",
        name: "Organisatie in behandeling",
        kind: "INFORMAL",
        track: "SOCIALE_BASIS",
        description: "Wacht op een moderator.",
        status: "PENDING",
        phone: "030-000 0001",
        services: { create: { slug: "geheim", name: SECRET, description: "Nog niet openbaar." } },
      },
      include: { services: true },
    });
    const location = await t.db.location.create({ data: { name: "Geheime plek", address1: "Verstopstraat 1", postalCode: "3500 AA", latitude: 52.09, longitude: 5.12 } });
    const sal = await t.db.serviceAtLocation.create({ data: { serviceId: pending.services[0].id, locationId: location.id } });
    const [from, to] = await t.db.organization.findMany({ where: { status: "PUBLISHED" }, take: 2, orderBy: { id: "asc" } });
    const inactive = await t.db.service.create({ data: { organizationId: from.id, slug: "gestopt", name: INACTIVE, description: "Gestopt.", status: "INACTIVE" } });
    await t.db.referralLink.create({
      data: { fromOrganizationId: from.id, toOrganizationId: to.id, kind: "PRACTICAL", whenToRefer: "Altijd", handoverSteps: ["Bellen"], professionalContact: PROFESSIONAL, status: "CONFIRMED" },
    });
    Object.assign(ids, {
      organization: hsdsId("organization", pending.id),
      service: hsdsId("service", pending.services[0].id),
      inactive: hsdsId("service", inactive.id),
      sal: hsdsId("service_at_location", sal.id),
    });
  });

  it("leaves unpublished organisations, their services and inactive services out of every list", async () => {
    const professionalContacts = (await t.db.referralLink.findMany({ where: { professionalContact: { not: null } }, select: { professionalContact: true } })).map((r) => r.professionalContact!);
    expect(professionalContacts).toContain(PROFESSIONAL);
    for (const [kind, query] of [["services", ""], ["services", "full=false"], ["organizations", "full_service=true"], ["service_at_locations", "full=true"], ["taxonomy_terms", ""]]) {
      const text = JSON.stringify((await all(kind, query)).contents);
      for (const secret of [SECRET, INACTIVE, "Organisatie in behandeling", "Geheime plek", ids.organization, ids.service, ids.inactive, ids.sal, ...professionalContacts]) {
        expect(text, `${kind}?${query}`).not.toContain(secret);
      }
    }
  });

  it("answers 404 for an unpublished organisation, its service and location, and an inactive service", async () => {
    expect((await call(`organizations/${ids.organization}`)).status).toBe(404);
    expect((await call(`services/${ids.service}`)).status).toBe(404);
    expect((await call(`services/${ids.inactive}`)).status).toBe(404);
    expect((await call(`service_at_locations/${ids.sal}`)).status).toBe(404);
    const filtered = await call("services", `organization_id=${ids.organization}`);
    expect(filtered.body).toMatchObject({ total_items: 0, empty: true });
  });
});

describe("HSDS API: bounded reads", () => {
  /**
   * Statements sent to PostgreSQL and rows they returned while `work` ran. Prisma's pg adapter
   * asks its pool, which hands each statement to a client with a callback: the client counts
   * statements, the pool's promises carry the rows.
   */
  async function readDuring(work: () => Promise<unknown>) {
    const statements = vi.spyOn(pg.Client.prototype, "query");
    const pooled = vi.spyOn(pg.Pool.prototype, "query");
    try {
      await work();
      const results = await Promise.all(pooled.mock.results.map((result) => Promise.resolve(result.value).catch(() => null)));
      const rows = results.reduce((sum: number, result) => sum + ((result as { rows?: unknown[] } | null)?.rows?.length ?? 0), 0);
      return { statements: statements.mock.calls.length, rows };
    } finally {
      statements.mockRestore();
      pooled.mockRestore();
    }
  }

  it("reads the same few statements for a page of 2 as of 100, and rows in proportion to the page", async () => {
    const pages: [string, (perPage: number) => Promise<unknown>][] = [
      ["services", (n) => hsdsServicePage(1, n, "nl")],
      ["organizations", (n) => hsdsOrganizationPage(1, n, "nl", { full_service: true })],
      ["service_at_locations", (n) => hsdsServiceAtLocationPage(1, n, "nl", { full: true })],
    ];
    for (const [kind, page] of pages) {
      const small = await readDuring(() => page(2));
      const large = await readDuring(() => page(100));
      expect(small.statements, kind).toBeGreaterThan(0);
      expect(small.rows, kind).toBeGreaterThan(0);
      expect(small.statements, kind).toBe(large.statements);
      expect(small.statements, kind).toBeLessThanOrEqual(20);
      // A page of 2 reads its own rows and their parts (locations, schedules, categories…), not the table.
      expect(small.rows, kind).toBeLessThan(large.rows / 5);
      expect(small.rows, kind).toBeLessThanOrEqual(2 * 40 + 2);
    }
  });
});
