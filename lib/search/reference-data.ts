import "server-only";
// Wijken, buurten (with boundaries) and categories: small tables that every search needs
// (to resolve slugs and codes, to locate `near`, to name facets and categories) and that change
// a few times a year at most. Read once per process per minute instead of on every request.
import { db } from "../db";
import type { LocatableBuurt } from "../geo/locate-buurt";
import type { AreaRef } from "./types";

export type WijkRef = AreaRef;
export type BuurtRef = AreaRef & LocatableBuurt;
export type CategoryRef = { id: string; slug: string; name: string; nameEn: string; sortOrder: number };

export type ReferenceData = {
  wijken: WijkRef[];
  buurten: BuurtRef[];
  categories: CategoryRef[];
  wijkByCode: Map<string, WijkRef>;
  buurtByCode: Map<string, BuurtRef>;
  /** The same buurten as plain AreaRefs (no boundary), shared by every item that needs one. */
  buurtAreaByCode: Map<string, AreaRef>;
  categoryById: Map<string, CategoryRef>;
  categoryBySlug: Map<string, CategoryRef>;
};

export const REFERENCE_TTL_MS = 60_000;
/** A lookup that misses may reload early (a category added a moment ago), but not more often than this. */
const MISS_RELOAD_MS = 10_000;

let cached: { data: ReferenceData; loadedAt: number } | null = null;
let loading: Promise<ReferenceData> | null = null;

async function load(): Promise<ReferenceData> {
  const [wijken, buurten, categories] = await Promise.all([
    db.wijk.findMany({ select: { code: true, name: true, slug: true }, orderBy: { code: "asc" } }),
    db.buurt.findMany({
      select: { code: true, name: true, slug: true, wijkCode: true, centroidLat: true, centroidLng: true, boundary: true },
      orderBy: { code: "asc" },
    }),
    db.category.findMany({ select: { id: true, slug: true, name: true, nameEn: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
  ]);
  return {
    wijken,
    buurten,
    categories,
    wijkByCode: new Map(wijken.map((w) => [w.code, w])),
    buurtByCode: new Map(buurten.map((b) => [b.code, b])),
    buurtAreaByCode: new Map(buurten.map((b) => [b.code, { code: b.code, name: b.name, slug: b.slug }])),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    categoryBySlug: new Map(categories.map((c) => [c.slug, c])),
  };
}

async function reload(now: number): Promise<ReferenceData> {
  // Concurrent requests after expiry share one load instead of each hitting the database.
  loading ??= load()
    .then((data) => {
      cached = { data, loadedAt: now };
      return data;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The cached reference data, reloaded when older than a minute. */
export async function referenceData(): Promise<ReferenceData> {
  const now = Date.now();
  if (cached && now - cached.loadedAt < REFERENCE_TTL_MS) return cached.data;
  return reload(now);
}

/**
 * Runs `find` on the cached data; when it finds nothing and the cache is more than a few
 * seconds old, reloads once and tries again, so a just-added category is not refused for a
 * minute. The throttle keeps made-up slugs from forcing a reload on every request.
 */
export async function lookUp<T>(find: (data: ReferenceData) => T | undefined): Promise<T | undefined> {
  const data = await referenceData();
  const found = find(data);
  if (found !== undefined || !cached || Date.now() - cached.loadedAt < MISS_RELOAD_MS) return found;
  return find(await reload(Date.now()));
}

/** A wijk by slug or CBS code, case-insensitively (the schema already lower-cases). */
export function findWijk(data: ReferenceData, value: string): WijkRef | undefined {
  const key = value.toLowerCase();
  return data.wijken.find((w) => w.slug === key || w.code.toLowerCase() === key);
}

export function findBuurt(data: ReferenceData, value: string): BuurtRef | undefined {
  const key = value.toLowerCase();
  return data.buurten.find((b) => b.slug === key || b.code.toLowerCase() === key);
}
