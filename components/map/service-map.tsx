"use client";
// Leaflet touches `window` when it loads, so the map renders in the browser only. The list
// next to it carries the same information for everyone who cannot or does not want to use
// a map.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ServiceMapProps } from "./types";

function MapLoading() {
  const t = useTranslations("Map");
  return <div className="map-placeholder">{t("loading")}</div>;
}

const LeafletMap = dynamic(() => import("./leaflet-map"), { ssr: false, loading: MapLoading });

export function ServiceMap(props: ServiceMapProps) {
  return <LeafletMap {...props} />;
}
