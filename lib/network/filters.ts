// The filters of the network view, read from the URL (a GET form, so they work without
// JavaScript and a filtered view can be shared as a link). Malformed values are ignored rather
// than answered with an error page: an old link with a renamed wijk still shows something.

export const KIND_PARAMS = ["formal", "informal"] as const;
export type KindParam = (typeof KIND_PARAMS)[number];

export type NetworkFilters = {
  /** Wijk slug, e.g. "overvecht". */
  wijk: string | null;
  /** Network slug, e.g. "ketenoverleg-schuldhulp". */
  netwerk: string | null;
  kind: KindParam | null;
};

type SearchParams = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9-]{2,80}$/;

function single(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

function slug(value: string | string[] | undefined): string | null {
  const candidate = single(value);
  return candidate && SLUG.test(candidate) ? candidate : null;
}

export function parseNetworkFilters(params: SearchParams): NetworkFilters {
  const kind = single(params.kind);
  return {
    wijk: slug(params.wijk),
    netwerk: slug(params.netwerk),
    kind: KIND_PARAMS.find((k) => k === kind) ?? null,
  };
}

export function hasFilters(filters: NetworkFilters): boolean {
  return filters.wijk !== null || filters.netwerk !== null || filters.kind !== null;
}

/** The query string of a filtered view, for links such as "see this network in the drawing". */
export function filterQuery(filters: Partial<NetworkFilters>): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.wijk) query.wijk = filters.wijk;
  if (filters.netwerk) query.netwerk = filters.netwerk;
  if (filters.kind) query.kind = filters.kind;
  return query;
}
