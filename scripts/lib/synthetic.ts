// A large, realistic-looking data set for scale tests and benchmarks: organisations spread over
// Utrecht's buurten with services, locations, hours, areas and categories. Deterministic for a
// given seed, so benchmark runs compare like with like.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { AccessMode, DebtPhase, Weekday } from "../../lib/generated/prisma/enums";
import { refreshAllOpenings } from "../../lib/search/openings";
import { refreshSearchVectors } from "../../lib/search/refresh-vectors";
import { buurten } from "../../prisma/seed/neighbourhoods";

export type SyntheticOptions = { organisations: number; services: number; seed?: number };

// mulberry32: small, fast and good enough to spread fake data.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG_KINDS = [
  { prefix: "Stichting Geldhulp", kind: "INFORMAL", track: "SOCIALE_BASIS" },
  { prefix: "Inloop", kind: "INFORMAL", track: "SOCIALE_BASIS" },
  { prefix: "Voedselhulp", kind: "INFORMAL", track: "SOCIALE_BASIS" },
  { prefix: "Buurthuis", kind: "INFORMAL", track: "SOCIALE_BASIS" },
  { prefix: "Geldcafé", kind: "INFORMAL", track: "SOCIALE_BASIS" },
  { prefix: "Buurtteam", kind: "FORMAL", track: "BUURTTEAM" },
  { prefix: "Schuldhulp", kind: "FORMAL", track: "SPECIALIST" },
] as const;

const SERVICE_TEMPLATES = [
  { name: "Inloopspreekuur geldzaken", categories: ["geldvragen", "formulierenhulp"], access: ["WALK_IN"], phases: ["SIGNALEREN", "TOELEIDEN"] },
  { name: "Hulp bij formulieren", categories: ["formulierenhulp", "toeslagen"], access: ["WALK_IN", "APPOINTMENT"], phases: ["STABILISEREN"] },
  { name: "Thuisadministratie", categories: ["administratie", "financieel-maatje"], access: ["HOME_VISIT"], phases: ["STABILISEREN", "NAZORG"] },
  { name: "Voedselpakket", categories: ["voedsel"], access: ["WALK_IN"], phases: ["SIGNALEREN"] },
  { name: "Budgetcursus", categories: ["budgetcursus"], access: ["APPOINTMENT", "ONLINE"], phases: ["NAZORG"] },
  { name: "Schuldhulpverlening", categories: ["schuldhulp"], access: ["APPOINTMENT", "PHONE"], phases: ["STABILISEREN", "OPLOSSEN"] },
  { name: "Financieel maatje", categories: ["financieel-maatje"], access: ["HOME_VISIT", "PHONE"], phases: ["TOELEIDEN", "NAZORG"] },
] as const;

const LANGUAGES = ["nl", "en", "ar", "tr", "pl", "so", "ti", "fa", "uk", "ber"];
const DAYS: Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA"];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function time(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export async function generateSynthetic(db: Db, options: SyntheticOptions, log: (line: string) => void = console.log) {
  const rnd = random(options.seed ?? 20261129);
  const categories = await db.category.findMany({ select: { id: true, slug: true } });
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]));

  const organisations: (Prisma.OrganizationCreateManyInput & { id: string; name: string })[] = [];
  const locations: (Prisma.LocationCreateManyInput & { id: string })[] = [];
  const hosts: Prisma.OrganizationLocationCreateManyInput[] = [];
  for (let i = 0; i < options.organisations; i++) {
    const kind = pick(rnd, ORG_KINDS);
    const buurt = pick(rnd, buurten);
    const id = randomUUID();
    const locationId = randomUUID();
    organisations.push({
      id,
      slug: `synthetisch-${i + 1}`,
      name: `${kind.prefix} ${buurt.name} ${i + 1}`,
      kind: kind.kind,
      track: kind.track,
      description: `${kind.prefix} in ${buurt.name}: hulp bij geldzorgen, formulieren en schulden voor bewoners van de buurt.`,
      status: "PUBLISHED" as const,
      exampleData: true,
      verifiedAt: new Date(Date.now() - Math.floor(rnd() * 365) * 86_400_000),
    });
    locations.push({
      id: locationId,
      name: `${kind.prefix} ${buurt.name}`,
      address1: `Voorbeeldstraat ${1 + Math.floor(rnd() * 200)}`,
      postalCode: `35${String(10 + Math.floor(rnd() * 89))}AB`,
      latitude: buurt.lat + (rnd() - 0.5) * 0.006,
      longitude: buurt.lng + (rnd() - 0.5) * 0.009,
      buurtCode: buurt.code,
      accessibility: rnd() < 0.6 ? ["WHEELCHAIR"] : [],
      exampleData: true,
    });
    hosts.push({ organizationId: id, locationId });
  }

  const services: (Prisma.ServiceCreateManyInput & { id: string })[] = [];
  const serviceCategories: Prisma.ServiceCategoryCreateManyInput[] = [];
  const serviceLocations: Prisma.ServiceAtLocationCreateManyInput[] = [];
  const schedules: Prisma.ScheduleCreateManyInput[] = [];
  const areas: Prisma.ServiceAreaCreateManyInput[] = [];
  for (let i = 0; i < options.services; i++) {
    const orgIndex = i % options.organisations;
    const template = pick(rnd, SERVICE_TEMPLATES);
    const id = randomUUID();
    const languages = ["nl", ...LANGUAGES.filter(() => rnd() < 0.15).filter((l) => l !== "nl")];
    services.push({
      id,
      organizationId: organisations[orgIndex].id,
      slug: `dienst-${i + 1}`,
      name: `${template.name} ${organisations[orgIndex].name}`,
      description: `${template.name}. Kom langs of maak een afspraak; we kijken samen wat er nodig is.`,
      phases: [...template.phases] as DebtPhase[],
      accessModes: [...template.access] as AccessMode[],
      languages,
      isFree: rnd() < 0.9,
      noRegistration: (template.access as readonly AccessMode[]).includes("WALK_IN") && rnd() < 0.7,
    });
    for (const slug of template.categories) {
      const cid = categoryId.get(slug);
      if (cid) serviceCategories.push({ serviceId: id, categoryId: cid });
    }
    const salId = randomUUID();
    serviceLocations.push({ id: salId, serviceId: id, locationId: locations[orgIndex].id });
    const days = DAYS.filter(() => rnd() < 0.35);
    for (const day of days.length ? days : [pick(rnd, DAYS)]) {
      const opens = 9 + Math.floor(rnd() * 5);
      schedules.push({ id: randomUUID(), serviceAtLocationId: salId, byDay: day, opensAt: time(opens), closesAt: time(opens + 2 + Math.floor(rnd() * 4)) });
    }
    if (rnd() < 0.4) areas.push({ id: randomUUID(), serviceId: id, buurtCode: locations[orgIndex].buurtCode });
  }

  const batch = 1000;
  await db.$transaction(
    async (tx) => {
      await inBatches(organisations, batch, (data) => tx.organization.createMany({ data }));
      await inBatches(locations, batch, (data) => tx.location.createMany({ data }));
      await inBatches(hosts, batch, (data) => tx.organizationLocation.createMany({ data }));
      log(`  ${organisations.length} organisaties en ${locations.length} locaties`);
      await inBatches(services, batch, (data) => tx.service.createMany({ data }));
      await inBatches(serviceCategories, batch, (data) => tx.serviceCategory.createMany({ data }));
      await inBatches(serviceLocations, batch, (data) => tx.serviceAtLocation.createMany({ data }));
      await inBatches(schedules, batch, (data) => tx.schedule.createMany({ data }));
      await inBatches(areas, batch, (data) => tx.serviceArea.createMany({ data }));
      log(`  ${services.length} diensten, ${schedules.length} openingstijden`);
      await refreshSearchVectors(tx, services.map((s) => s.id));
    },
    // Ten minutes is enough for 10,000 services; 100,000 (bench:search --services 100000) on a
    // busy machine take longer: more than ten minutes was seen at load 6-7, so 20 ms a service.
    { timeout: Math.max(600_000, options.services * 20), maxWait: 30_000 },
  );
  // After the commit, in batches of their own: at 100,000 services this is minutes of work.
  const openings = await refreshAllOpenings(db);
  log(`  ${openings.openings} openingen van de komende twee weken uitgerekend`);
  return { organisations: organisations.length, services: services.length, schedules: schedules.length };
}
