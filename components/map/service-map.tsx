"use client";
// Leaflet touches `window` when it loads, so the map renders in the browser only, and its code
// (Leaflet, its CSS, the clustering) loads after the page is on screen. The places and wijk
// outlines are fetched here, alongside that code, not sent in the HTML. The list next to the
// map carries the same information for everyone who cannot or does not want to use a map.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ServiceMapProps } from "./types";
import { useMapPlaces, useWijkOutlines } from "./use-map-data";

function MapLoading() {
  const t = useTranslations("Map");
  return <div className="map-placeholder">{t("loading")}</div>;
}

const LeafletMap = dynamic(() => import("./leaflet-map"), { ssr: false, loading: MapLoading });

/**
 * True once the browser has finished putting the page together (hydration), so Leaflet's
 * code loads and builds the map in tasks of its own rather than lengthening that first one.
 */
function useBrowserIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(() => setIdle(true), 1);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1500 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return idle;
}

export function ServiceMap({ filters, ...props }: ServiceMapProps) {
  const t = useTranslations("Map");
  const places = useMapPlaces(filters);
  const wijken = useWijkOutlines();
  const idle = useBrowserIdle();
  return (
    // data-map-status / data-map-places: what the map holds, for tests to wait on (no timers).
    <div className="map-frame" data-map-status={places.status} data-map-places={places.places.length}>
      {idle ? <LeafletMap {...props} places={places.places} wijken={wijken} /> : <MapLoading />}
      {places.status === "failed" && <p className="map-note">{t("placesFailed")}</p>}
      {places.truncated && <p className="map-note">{t("truncated", { count: places.places.length, total: places.total })}</p>}
    </div>
  );
}
