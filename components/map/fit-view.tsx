"use client";
// Frames what the visitor asked for: the chosen wijk, else their place and the nearest
// results, else all results. Only when the search changes, not on every render, so the
// map does not jump away while someone is looking around in it.
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap } from "react-leaflet";
import type { MapPlace } from "@/lib/search-ui/map-features";
import type { WijkOutline } from "./types";

export const UTRECHT_CENTRE: [number, number] = [52.0907, 5.1214];
const NEAREST_SHOWN = 5;

type Props = { places: MapPlace[]; wijk: WijkOutline | null; near: { lat: number; lng: number } | null };

/** The places closest to `near`: the map holds every match, in no particular order. */
function nearest(places: MapPlace[], near: { lat: number; lng: number }, count: number): MapPlace[] {
  // Squared degrees, longitude shrunk for Utrecht's latitude: only the order matters.
  const shrink = Math.cos((near.lat * Math.PI) / 180);
  const distance = (p: MapPlace) => (p.lat - near.lat) ** 2 + ((p.lng - near.lng) * shrink) ** 2;
  return [...places].sort((a, b) => distance(a) - distance(b)).slice(0, count);
}

export function FitView({ places, wijk, near }: Props) {
  const map = useMap();
  const view = useMemo(() => {
    if (wijk) return L.geoJSON(wijk.boundary).getBounds();
    const shown = near ? nearest(places, near, NEAREST_SHOWN) : places;
    const corners: L.LatLngExpression[] = shown.map((p) => [p.lat, p.lng]);
    if (near) corners.push([near.lat, near.lng]);
    return corners.length > 0 ? L.latLngBounds(corners) : null;
  }, [places, wijk, near]);

  useEffect(() => {
    if (view?.isValid()) map.fitBounds(view, { padding: [24, 24], maxZoom: 15 });
    else map.setView(UTRECHT_CENTRE, 12);
  }, [map, view]);
  return null;
}
