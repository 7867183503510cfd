"use client";
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo } from "react";
import L from "leaflet";
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import type { TileConfig } from "@/components/detail-map/types";

export type Point = { lat: number; lng: number };

export type PinMapProps = {
  tiles: TileConfig;
  point: Point | null;
  onPick: (point: Point) => void;
  /** Accessible name of the map region. */
  label: string;
  pinTitle: string;
};

// The middle of Utrecht, for an address that has no place yet.
const CITY_CENTRE: Point = { lat: 52.0907, lng: 5.1214 };
const CITY_ZOOM = 12;
const ADDRESS_ZOOM = 17;

const pinIcon = L.divIcon({
  className: "pin-map__pin",
  html: '<span aria-hidden="true"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

/** Clicking the map sets the pin there. */
function ClickToPick({ onPick }: { onPick: (point: Point) => void }) {
  useMapEvents({ click: (event) => onPick({ lat: event.latlng.lat, lng: event.latlng.lng }) });
  return null;
}

/** A looked-up, typed or clicked point comes into view, close enough to place the pin exactly. */
function FollowPoint({ point }: { point: Point | null }) {
  const map = useMap();
  const lat = point?.lat;
  const lng = point?.lng;
  useEffect(() => {
    if (lat === undefined || lng === undefined) return;
    if (map.getZoom() < ADDRESS_ZOOM - 2) map.setView([lat, lng], ADDRESS_ZOOM);
    else if (!map.getBounds().pad(-0.1).contains([lat, lng])) map.panTo([lat, lng]);
  }, [map, lat, lng]);
  return null;
}

export default function LeafletPinMap({ tiles, point, onPick, label, pinTitle }: PinMapProps) {
  const handlers = useMemo(
    () => ({
      dragend: (event: L.LeafletEvent) => {
        const position = (event.target as L.Marker).getLatLng();
        onPick({ lat: position.lat, lng: position.lng });
      },
    }),
    [onPick],
  );
  const start = point ?? CITY_CENTRE;
  // react-leaflet passes no ARIA attributes to its container, so the name sits on a wrapper.
  return (
    <div className="pin-map" role="region" aria-label={label}>
      <MapContainer center={[start.lat, start.lng]} zoom={point ? ADDRESS_ZOOM : CITY_ZOOM} className="pin-map__canvas" scrollWheelZoom={false}>
        <TileLayer url={tiles.url} attribution={tiles.attribution} minZoom={10} maxZoom={19} />
        <ClickToPick onPick={onPick} />
        <FollowPoint point={point} />
        {point && <Marker position={[point.lat, point.lng]} icon={pinIcon} draggable eventHandlers={handlers} title={pinTitle} keyboard={false} />}
      </MapContainer>
    </div>
  );
}
