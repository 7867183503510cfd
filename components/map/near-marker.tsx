"use client";
import { CircleMarker, Tooltip } from "react-leaflet";

/** Where the visitor searches from: a ring, not a pin, as the place is approximate. */
export function NearMarker({ near, label }: { near: { lat: number; lng: number }; label: string }) {
  return (
    <CircleMarker center={[near.lat, near.lng]} radius={9} interactive={false} pathOptions={{ color: "#1a1a1a", weight: 3, fillColor: "#ffd200", fillOpacity: 1 }}>
      <Tooltip permanent direction="top" offset={[0, -10]} className="near-label">
        {label}
      </Tooltip>
    </CircleMarker>
  );
}
