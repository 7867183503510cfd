"use client";
// Leaflet touches `window` when it loads, so the map renders in the browser only. The list next
// to it carries the same information for everyone who cannot or does not want to use a map.
import dynamic from "next/dynamic";
import type { MapPoint } from "@/lib/organisations/map-points";

export type TileConfig = { url: string; attribution: string };

const LeafletMap = dynamic(() => import("./leaflet-map"), {
  ssr: false,
  loading: () => <div className="map-placeholder">Kaart laden…</div>,
});

export function OrganisationMap(props: { points: MapPoint[]; tiles: TileConfig }) {
  return <LeafletMap {...props} />;
}
