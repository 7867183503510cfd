"use client";
// Frames what the visitor asked for: the chosen wijk, else their place and the nearest
// results, else all results. Only when the search changes, not on every render, so the
// map does not jump away while someone is looking around in it.
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap } from "react-leaflet";
import type { MapPoint } from "@/lib/search-ui/map-points";
import type { WijkOutline } from "./types";

export const UTRECHT_CENTRE: [number, number] = [52.0907, 5.1214];
const NEAREST_SHOWN = 5;

type Props = { points: MapPoint[]; wijk: WijkOutline | null; near: { lat: number; lng: number } | null };

export function FitView({ points, wijk, near }: Props) {
  const map = useMap();
  const view = useMemo(() => {
    if (wijk) return L.geoJSON(wijk.boundary).getBounds();
    const shown = near ? points.slice(0, NEAREST_SHOWN) : points;
    const corners: L.LatLngExpression[] = shown.map((p) => [p.lat, p.lng]);
    if (near) corners.push([near.lat, near.lng]);
    return corners.length > 0 ? L.latLngBounds(corners) : null;
  }, [points, wijk, near]);

  useEffect(() => {
    if (view?.isValid()) map.fitBounds(view, { padding: [24, 24], maxZoom: 15 });
    else map.setView(UTRECHT_CENTRE, 12);
  }, [map, view]);
  return null;
}
