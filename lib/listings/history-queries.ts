import "server-only";
// The history page of one listing: its revisions, newest first, a page at a time. The
// organisation is found with the user's ownership condition, so someone else's history is
// never read. Ids inside snapshots (categories, addresses, wijken …) are looked up once per
// page so the page can show names instead of codes.
import { db } from "../db";
import { categoryName } from "../i18n/category-name";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import type { Snapshot } from "./diff";
import { describeChanges, sameState, type HistoryChange } from "./history-diff";
import { newestRevisionOf } from "./history-latest";
import { restorablePart } from "./restore-registry";

export const HISTORY_PAGE_SIZE = 20;

export type HistoryEntry = {
  id: string;
  entityType: string;
  action: string;
  createdAt: Date;
  /** The account's name (or e-mail address); null when the account was removed. */
  who: string | null;
  /** A shared address changed through another organisation's listing: that organisation's name. */
  via: string | null;
  /** Which address, service or place the change is about; null for the organisation itself. */
  subject: string | null;
  changes: HistoryChange[];
  /** Set when the state before this change can be put back now. */
  restore: { basedOnId: string; laterChanges: boolean } | null;
};

export type HistoryPage = {
  entries: HistoryEntry[];
  total: number;
  page: number;
  pageCount: number;
  /** Names for ids and codes inside snapshots: categories, addresses, services, wijken, buurten. */
  names: Record<string, string>;
};

// Snapshot fields holding ids of other rows, and where their names are.
const ID_FIELDS = {
  categoryIds: "category",
  locationIds: "location",
  serviceIds: "service",
  linkedOrganisationIds: "organisation",
  changedVia: "organisation",
  wijkCodes: "wijk",
  buurtCodes: "buurt",
  buurtCode: "buurt",
} as const;

type IdKind = (typeof ID_FIELDS)[keyof typeof ID_FIELDS];

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

function collectIds(snapshots: (Snapshot | null)[]): Record<IdKind, Set<string>> {
  const ids: Record<IdKind, Set<string>> = { category: new Set(), location: new Set(), service: new Set(), organisation: new Set(), wijk: new Set(), buurt: new Set() };
  for (const snapshot of snapshots) {
    if (!snapshot) continue;
    for (const [field, kind] of Object.entries(ID_FIELDS) as [keyof typeof ID_FIELDS, IdKind][]) {
      const value = snapshot[field];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === "string") ids[kind].add(id);
    }
  }
  return ids;
}

async function lookUpNames(ids: Record<IdKind, Set<string>>, locale: string): Promise<Record<string, string>> {
  const list = (set: Set<string>) => ({ in: [...set] });
  const [categories, locations, services, organisations, wijken, buurten] = await Promise.all([
    db.category.findMany({ where: { id: list(ids.category) }, select: { id: true, name: true, nameEn: true } }),
    db.location.findMany({ where: { id: list(ids.location) }, select: { id: true, name: true, address1: true } }),
    db.service.findMany({ where: { id: list(ids.service) }, select: { id: true, name: true } }),
    db.organization.findMany({ where: { id: list(ids.organisation) }, select: { id: true, name: true } }),
    db.wijk.findMany({ where: { code: list(ids.wijk) }, select: { code: true, name: true } }),
    db.buurt.findMany({ where: { code: list(ids.buurt) }, select: { code: true, name: true } }),
  ]);
  return Object.fromEntries([
    ...categories.map((c) => [c.id, categoryName(c, locale)]),
    ...locations.map((l) => [l.id, placeName(l.name, l.address1)]),
    ...services.map((s) => [s.id, s.name]),
    ...organisations.map((o) => [o.id, o.name]),
    ...wijken.map((w) => [w.code, w.name]),
    ...buurten.map((b) => [b.code, b.name]),
  ]);
}

function placeName(name: string | null, address: string | null): string {
  return [name, address].filter((part, index, parts) => part && parts.indexOf(part) === index).join(", ");
}

/** Service and address of service-at-location rows ("places"), for hours and exceptions. */
async function lookUpPlaces(ids: Set<string>): Promise<Map<string, string>> {
  const rows = await db.serviceAtLocation.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, service: { select: { name: true } }, location: { select: { name: true, address1: true } } },
  });
  return new Map(rows.map((row) => [row.id, `${row.service.name} – ${placeName(row.location.name, row.location.address1)}`]));
}

type Row = { entityType: string; entityId: string; before: Snapshot | null; after: Snapshot | null };

function subjectOf(row: Row, places: Map<string, string>, names: Record<string, string>): string | null {
  const snapshot = row.after ?? row.before;
  switch (row.entityType) {
    case "Location":
      return snapshot ? placeName(text(snapshot.name), text(snapshot.address1)) || null : (names[row.entityId] ?? null);
    case "Service":
      return text(snapshot?.name) ?? names[row.entityId] ?? null;
    case "Areas":
      return names[row.entityId] ?? null;
    case "Hours":
      return places.get(row.entityId) ?? null;
    case "ScheduleException":
      return places.get(String(snapshot?.serviceAtLocationId)) ?? null;
    case "Membership":
      return text(snapshot?.name) ?? text(snapshot?.email);
    case "Invitation":
      return text(snapshot?.email);
    default:
      return null;
  }
}

export async function getOrganisationHistory(user: SessionUser, organisationId: string, requestedPage: number, locale: string): Promise<HistoryPage> {
  const where = { organizationId: organisationId, organization: editableOrganizations(user) };
  const total = await db.revision.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const revisions = await db.revision.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE,
    select: { id: true, entityType: true, entityId: true, action: true, createdAt: true, before: true, after: true, user: { select: { name: true, email: true } } },
  });
  const rows = revisions.map((r) => ({ ...r, before: (r.before ?? null) as Snapshot | null, after: (r.after ?? null) as Snapshot | null }));

  const ids = collectIds(rows.flatMap((r) => [r.before, r.after]));
  for (const r of rows) if (r.entityType === "Areas" || r.entityType === "Service") ids.service.add(r.entityId);
  const placeIds = new Set(
    rows.flatMap((r) => (r.entityType === "Hours" ? [r.entityId] : r.entityType === "ScheduleException" ? [String((r.after ?? r.before)?.serviceAtLocationId)] : [])),
  );
  const [names, places] = await Promise.all([lookUpNames(ids, locale), lookUpPlaces(placeIds)]);

  // Per part, asked once per page: its newest revision (a restore is based on it) and its
  // state now. A restore is offered when the part can be written back and the state before
  // the change differs from now (after undoing a change, the same button is not offered again).
  const parts = new Map<string, { newestId: string | null; current: Snapshot | null }>();
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    const part = restorablePart(row.entityType);
    const key = `${row.entityType}:${row.entityId}`;
    if (part && !parts.has(key)) {
      parts.set(key, {
        newestId: (await newestRevisionOf(db, row.entityType, row.entityId))?.id ?? null,
        current: await part.snapshot(db, row.entityId, organisationId),
      });
    }
    const state = parts.get(key);
    const basedOnId = state?.newestId ?? null;
    // What a restore would lead to (for an address: only while this organisation is still there).
    const target = part?.target ? await part.target(db, row.entityId, organisationId, { before: row.before, after: row.after }) : row.before;
    const differs = state ? !sameState(state.current, target) : false;
    const restorable = Boolean(part && basedOnId && differs && (await part.canApply(db, row.entityId, target)));
    entries.push({
      id: row.id,
      entityType: row.entityType,
      action: row.action,
      createdAt: row.createdAt,
      who: row.user ? (row.user.name ?? row.user.email) : null,
      via: typeof row.after?.changedVia === "string" ? (names[row.after.changedVia] ?? null) : null,
      subject: subjectOf(row, places, names),
      changes: describeChanges(row.before, row.after),
      restore: restorable && basedOnId ? { basedOnId, laterChanges: basedOnId !== row.id } : null,
    });
  }
  return { entries, total, page, pageCount, names };
}
