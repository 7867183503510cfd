"use client";
// Leaflet touches `window` when it loads, so the map renders in the browser only, and its code
// (Leaflet, its CSS, the clustering) loads after the page is on screen. The places and wijk
// outlines are fetched here, alongside that code, not sent in the HTML. The list next to the
// map carries the same information for everyone who cannot or does not want to use a map.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ServiceMapProps } from "./types";
import { useMapPlaces, useWijkOutlines } from "./use-map-data";

function MapLoading() {
  const t = useTranslations("Map");
  return <div className="map-placeholder">{t("loading")}</div>;
}

const LeafletMap = dynamic(() => import("./leaflet-map"), { ssr: false, loading: MapLoading });

export function ServiceMap({ filters, ...props }: ServiceMapProps) {
  const t = useTranslations("Map");
  const places = useMapPlaces(filters);
  const wijken = useWijkOutlines();
  return (
    // data-map-status / data-map-places: what the map holds, for tests to wait on (no timers).
    <div className="map-frame" data-map-status={places.status} data-map-places={places.places.length}>
      <LeafletMap {...props} places={places.places} wijken={wijken} />
      {places.status === "failed" && <p className="map-note">{t("placesFailed")}</p>}
      {places.truncated && <p className="map-note">{t("truncated", { count: places.places.length, total: places.total })}</p>}
    </div>
  );
}
