// One matching row on its way to becoming a SearchItem: the row plus what the JS side works
// out for every item (lists split, open now, distance, area) before sorting and paging. It is
// its own FacetSource and Sortable, so counting and sorting allocate nothing per item.
import type { AccessMode, DebtPhase } from "../generated/prisma/enums";
import { haversineMetres } from "../geo/distance";
import type { FacetSource } from "./facets";
import { splitList, type MatchRow } from "./matching-rows";
import type { OpenNowChecker } from "./open-now";
import type { Sortable } from "./ordering";
import type { ReferenceData } from "./reference-data";
import type { SearchParams } from "./schemas";
import type { AreaRef } from "./types";

export type Candidate = Sortable &
  FacetSource & {
    row: MatchRow;
    buurt: AreaRef | null;
    wijk: AreaRef | null;
  };

/** Per search: thousands of rows repeat a few hundred distinct lists, so each is split once. */
export class Lists {
  private readonly split = new Map<string, readonly string[]>();
  private readonly categories = new Map<string, readonly string[]>();

  constructor(private readonly ref: ReferenceData) {}

  of(value: string): readonly string[] {
    let list = this.split.get(value);
    if (!list) {
      list = splitList(value);
      this.split.set(value, list);
    }
    return list;
  }

  /** Category slugs of comma-separated ids, in the categories' display order. */
  categorySlugs(ids: string): readonly string[] {
    let slugs = this.categories.get(ids);
    if (!slugs) {
      slugs = splitList(ids)
        .flatMap((id) => this.ref.categoryById.get(id) ?? [])
        .sort((a, b) => a.sortOrder - b.sortOrder || (a.slug < b.slug ? -1 : 1))
        .map((c) => c.slug);
      this.categories.set(ids, slugs);
    }
    return slugs;
  }
}

export type CandidateContext = { ref: ReferenceData; params: SearchParams; lists: Lists; openNow: OpenNowChecker };

export function toCandidate(row: MatchRow, { ref, params, lists, openNow }: CandidateContext): Candidate {
  const buurt = row.buurtCode ? ref.buurtByCode.get(row.buurtCode) : undefined;
  const wijk = (buurt && ref.wijkByCode.get(buurt.wijkCode)) ?? null;
  return {
    row,
    id: row.serviceAtLocationId ?? row.serviceId,
    organizationName: row.organizationName,
    serviceName: row.serviceName,
    locationName: row.locationName,
    rank: row.rank,
    distance:
      params.near && row.latitude !== null && row.longitude !== null
        ? Math.round(haversineMetres(params.near, { lat: row.latitude, lng: row.longitude }))
        : null,
    phases: lists.of(row.phases) as readonly DebtPhase[],
    accessModes: lists.of(row.accessModes) as readonly AccessMode[],
    languages: lists.of(row.languages),
    categories: lists.categorySlugs(row.categoryIds),
    openNow: openNow.isOpen(row.hasHours, row.rules, row.exceptions),
    kind: row.organizationKind,
    isFree: row.isFree,
    noRegistration: row.noRegistration,
    buurt: (buurt && ref.buurtAreaByCode.get(buurt.code)) ?? null,
    wijk,
    wijkSlug: wijk?.slug ?? null,
  };
}
