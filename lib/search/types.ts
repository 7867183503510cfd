// What a search returns: one item per service at a location (a service without a place, such
// as a WhatsApp group or an online course, is one item with location null).
import type { AccessMode, CapacityStatus, DebtPhase, OrganizationKind, Track } from "../generated/prisma/enums";

export type AreaRef = { code: string; name: string; slug: string };

export type SearchItem = {
  /** service-at-location id, or the service id when it has no location */
  id: string;
  service: {
    id: string;
    slug: string;
    name: string;
    description: string;
    categories: { slug: string; name: string; nameEn: string }[];
    phases: DebtPhase[];
    accessModes: AccessMode[];
    languages: string[];
    eligibility: string | null;
    isFree: boolean;
    costNote: string | null;
    noRegistration: boolean;
    capacity: CapacityStatus;
    /** Which language description and eligibility are in: the asked locale's, or "nl" (ADR 0012). */
    textLanguages: { description: string; eligibility: string };
  };
  organization: { id: string; slug: string; name: string; kind: OrganizationKind; track: Track; exampleData: boolean };
  location: {
    id: string;
    name: string;
    address1: string;
    postalCode: string;
    city: string;
    lat: number;
    lng: number;
    buurt: AreaRef | null;
    wijk: AreaRef | null;
  } | null;
  open: {
    status: "open" | "closed" | "unknown";
    /** ISO instant, when open */
    closesAt: string | null;
    /** ISO instants of the next opening, when closed */
    nextOpening: { start: string; end: string } | null;
    /** Why closed today (exception reason or holiday name), when known */
    reason: string | null;
  };
  /** Metres from `near`, when given and the item has a location */
  distance: number | null;
};

export type FacetName = "wijk" | "category" | "phase" | "kind" | "lang" | "access" | "free" | "no_registration" | "open";
export type FacetValue = { value: string; count: number };

export type SearchResult = {
  total: number;
  page: number;
  per_page: number;
  items: SearchItem[];
  /** For each filter: how many of the matching items have each value */
  facets: Record<FacetName, FacetValue[]>;
  /** The buurt and wijk of `near`, when given and inside Utrecht */
  near: { lat: number; lng: number; buurt: AreaRef | null; wijk: AreaRef | null; method: "polygon" | "nearest-centroid" | null } | null;
  /**
   * When this answer may change without any edit (ISO): the next opening or closing anywhere,
   * since the open states and the open facet move then. Null when nothing opens or closes in
   * the coming two weeks. Not part of the API's JSON; answer caches expire on it.
   */
  validUntil: string | null;
};
