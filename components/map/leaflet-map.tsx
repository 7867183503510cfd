"use client";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { MapContainer, Marker, Popup, TileLayer } from "react-leaflet";
import type { MapPoint } from "@/lib/organisations/map-points";
import type { TileConfig } from "./organisation-map";

const UTRECHT_CENTRE: [number, number] = [52.0907, 5.1214];

// Formal and informal partners differ in shape and letter, not in colour alone.
function markerIcon(point: MapPoint): L.DivIcon {
  const kinds = new Set(point.organisations.map((o) => o.kind));
  const kind = kinds.size > 1 ? "mixed" : kinds.has("FORMAL") ? "formal" : "informal";
  const label = point.organisations.length > 1 ? String(point.organisations.length) : kind === "formal" ? "F" : "I";
  return L.divIcon({
    className: `map-marker map-marker--${kind}`,
    html: `<span aria-hidden="true">${label}</span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -14],
  });
}

export default function LeafletMap({ points, tiles }: { points: MapPoint[]; tiles: TileConfig }) {
  const t = useTranslations("Map");
  return (
    <MapContainer center={UTRECHT_CENTRE} zoom={12} scrollWheelZoom={false} className="map" aria-label={t("label")}>
      <TileLayer url={tiles.url} attribution={tiles.attribution} minZoom={6} maxZoom={19} />
      {points.map((point) => (
        <Marker
          key={point.locationId}
          position={[point.lat, point.lng]}
          icon={markerIcon(point)}
          title={`${point.name}: ${point.organisations.map((o) => o.name).join(", ")}`}
          alt={point.name}
        >
          <Popup>
            <strong>{point.name}</strong>
            <br />
            {point.address}
            <ul className="map-popup-list">
              {point.organisations.map((o) => (
                <li key={o.slug}>
                  <a href={`#organisatie-${o.slug}`}>{o.name}</a>
                </li>
              ))}
            </ul>
          </Popup>
        </Marker>
      ))}
    </MapContainer>
  );
}
