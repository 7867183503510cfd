"use client";
// Loads what the map draws once the page is on screen: every place matching the search and
// the wijk outlines, both from cacheable API answers instead of the page's HTML. Started by
// the light wrapper (service-map.tsx), so the requests run while Leaflet's code loads. A
// popup's services are loaded when it opens (loadPlaceDetails).
import { useEffect, useState } from "react";
import type { AreaGeometry } from "@/lib/geo/geometry";
import { mapPointsUrl, toMapPlaces, WIJKEN_PATH, type MapPlace, type MapPlaceDetails, type MapPointsCollection } from "@/lib/search-ui/map-features";
import type { WijkOutline } from "./types";

export type PlacesState = {
  /** "loading" until the answer for the current filters is in; "failed": no places to show. */
  status: "loading" | "ready" | "failed";
  places: MapPlace[];
  /** Matching places, also when the answer was capped. */
  total: number;
  truncated: boolean;
};

type Loaded = { filters: string; state: PlacesState };

const NOTHING: PlacesState = { status: "loading", places: [], total: 0, truncated: false };

type WijkFeature = { properties: { code: string; name: string; slug: string }; geometry: AreaGeometry };

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/geo+json, application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The places of the current search. While a new search loads, the places of the previous one
 * stay on the map, so it does not blink empty.
 */
export function useMapPlaces(filters: string): PlacesState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getJson<MapPointsCollection>(mapPointsUrl(filters), controller.signal)
      .then((collection) =>
        setLoaded({ filters, state: { status: "ready", places: toMapPlaces(collection, filters), total: collection.total, truncated: collection.truncated } }),
      )
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ filters, state: { ...NOTHING, status: "failed" } });
      });
    return () => controller.abort();
  }, [filters]);
  if (!loaded) return NOTHING;
  return loaded.filters === filters ? loaded.state : { ...loaded.state, status: "loading" };
}

/** The wijk outlines; without them (not imported, or the request failed) the map has no wijk layer. */
export function useWijkOutlines(): WijkOutline[] {
  const [wijken, setWijken] = useState<WijkOutline[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    getJson<{ features: WijkFeature[] }>(WIJKEN_PATH, controller.signal)
      .then((collection) => setWijken(collection.features.map(({ properties, geometry }) => ({ ...properties, boundary: geometry }))))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return wijken;
}

/** One place's popup content (MapPlace.popupUrl): its address and the matching services there. */
export function loadPlaceDetails(url: string, signal: AbortSignal): Promise<MapPlaceDetails> {
  return getJson<MapPlaceDetails>(url, signal);
}
