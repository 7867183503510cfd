"use client";
// Leaflet needs `window` as soon as it loads, so the map is rendered in the browser only. It is
// an extra: "Zoek adres op" and the coordinate fields do the same without it.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { PinMapProps } from "./leaflet-pin-map";

function MapPlaceholder() {
  const t = useTranslations("Listing.locations");
  return (
    <div className="pin-map pin-map--placeholder" aria-hidden="true">
      {t("mapLoading")}
    </div>
  );
}

const LeafletPinMap = dynamic(() => import("./leaflet-pin-map"), { ssr: false, loading: MapPlaceholder });

export function PinMap(props: PinMapProps) {
  return <LeafletPinMap {...props} />;
}
