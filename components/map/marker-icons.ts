// Marker shapes. Formal and informal help differ in shape (square, circle) and letter, not
// in colour alone; a place with several services shows their number. The same classes draw
// the legend, so the legend cannot drift from the map.
import L from "leaflet";
import type { MapPlace } from "@/lib/search-ui/map-features";
import { MARKER_LETTER } from "./marker-letters";

type MarkerPlace = Pick<MapPlace, "kind" | "count">;

/** Text for the icon: the letter for one service, the count for several. */
export function markerText(point: MarkerPlace): string {
  return point.kind === "mixed" || point.count > 1 ? String(point.count) : MARKER_LETTER[point.kind];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function markerIcon(point: MarkerPlace): L.DivIcon {
  return L.divIcon({
    className: `map-marker map-marker--${point.kind}`,
    // Hidden from screen readers: the marker's title names the place and its kind of help.
    html: `<span aria-hidden="true">${escapeHtml(markerText(point))}</span>`,
    iconSize: point.kind === "mixed" ? [40, 28] : [30, 30],
    iconAnchor: point.kind === "mixed" ? [20, 14] : [15, 15],
    popupAnchor: [0, -15],
  });
}

/** A cluster of nearby places; its text is its accessible name (Leaflet makes it a button). */
export function clusterIcon(count: number, label: string): L.DivIcon {
  return L.divIcon({
    className: "map-cluster",
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [38, 38],
    iconAnchor: [19, 19],
  });
}
