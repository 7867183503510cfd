"use client";
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { GeoJSON, MapContainer, Marker, Popup, TileLayer, ZoomControl } from "react-leaflet";
import { Link } from "@/lib/i18n/navigation";
import { LoadedPopup } from "./loaded-popup";
import type { DetailMapMarker, DetailMapProps } from "./types";

const SINGLE_PLACE_ZOOM = 16;

// Formal and informal partners differ in shape and letter, not in colour alone.
function markerIcon(marker: DetailMapMarker): L.DivIcon {
  const kinds = new Set(marker.organisations.map((o) => o.kind));
  const kind = marker.loaded?.kind ?? (kinds.size > 1 ? "mixed" : kinds.has("INFORMAL") ? "informal" : "formal");
  const count = marker.loaded?.count ?? marker.organisations.length;
  const label = count > 1 ? String(count) : kind === "informal" ? "I" : "F";
  return L.divIcon({
    className: `detail-map__marker detail-map__marker--${kind}`,
    html: `<span aria-hidden="true">${label}</span>`,
    iconSize: [28, 28],
    iconAnchor: [14, 14],
    popupAnchor: [0, -14],
  });
}

function frame(markers: DetailMapMarker[], boundary: DetailMapProps["boundary"]) {
  if (boundary) return { bounds: L.geoJSON(boundary).getBounds() };
  if (markers.length === 1) return { center: L.latLng(markers[0].lat, markers[0].lng), zoom: SINGLE_PLACE_ZOOM };
  return { bounds: L.latLngBounds(markers.map((m) => L.latLng(m.lat, m.lng))) };
}

export default function LeafletDetailMap({ tiles, markers, boundary, interactive = false, label }: DetailMapProps) {
  const t = useTranslations("DetailMap");
  // The open popup's place: a loaded place's popup fetches its content only then.
  const [openId, setOpenId] = useState<string | null>(null);
  if (markers.length === 0 && !boundary) return null;
  const view = frame(markers, boundary);
  // react-leaflet passes no ARIA attributes to its container, so the name sits on a wrapper.
  return (
    <div className="detail-map" {...(interactive ? { role: "region", "aria-label": label } : {})}>
      <MapContainer
        {...view}
        boundsOptions={{ padding: [16, 16] }}
        // Quarter zoom steps let a wijk fill its frame instead of jumping to half the size.
        zoomSnap={0.25}
        className="detail-map__canvas"
        // A static locator map is no stop for the keyboard and does not catch scrolling.
        keyboard={interactive}
        dragging={interactive && !L.Browser.mobile}
        touchZoom={interactive}
        doubleClickZoom={interactive}
        boxZoom={interactive}
        scrollWheelZoom={false}
        zoomControl={false}
      >
        <TileLayer url={tiles.url} attribution={tiles.attribution} minZoom={6} maxZoom={19} />
        {interactive && <ZoomControl position="topleft" zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />}
        {boundary && <GeoJSON data={boundary} interactive={false} style={{ color: "#24578f", weight: 3, fillOpacity: 0.06 }} />}
        {markers.map((marker) => (
          <Marker
            key={marker.id}
            position={[marker.lat, marker.lng]}
            icon={markerIcon(marker)}
            interactive={interactive}
            // Never a tab stop: places close together overlap (too small a target, WCAG 2.5.8),
            // and a keyboard would walk through every marker before reaching the page. The list
            // on the page carries the same places and links; a click or tap opens the popup.
            keyboard={false}
            title={marker.address ? `${marker.title}, ${marker.address}` : marker.title}
            eventHandlers={marker.loaded ? { popupopen: () => setOpenId(marker.id), popupclose: () => setOpenId((id) => (id === marker.id ? null : id)) } : undefined}
          >
            {interactive && marker.loaded && (
              <Popup>
                <LoadedPopup title={marker.title} popupUrl={marker.loaded.popupUrl} open={openId === marker.id} />
              </Popup>
            )}
            {interactive && !marker.loaded && (
              <Popup>
                <strong>{marker.title}</strong>
                <br />
                {marker.address}
                <ul className="detail-map__popup-list">
                  {marker.organisations.map((o) => (
                    <li key={o.slug}>
                      <Link href={`/organisaties/${o.slug}`}>{o.name}</Link>
                    </li>
                  ))}
                </ul>
              </Popup>
            )}
          </Marker>
        ))}
      </MapContainer>
    </div>
  );
}
