"use client";
// Leaflet needs `window` as soon as it loads, so the map is rendered in the browser only. The
// page around it always carries the same information in text: the map is an extra.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { DetailMapProps } from "./types";

function MapPlaceholder() {
  const t = useTranslations("DetailMap");
  return (
    <div className="detail-map detail-map--placeholder" aria-hidden="true">
      {t("loading")}
    </div>
  );
}

const LeafletDetailMap = dynamic(() => import("./leaflet-detail-map"), { ssr: false, loading: MapPlaceholder });

export function DetailMap(props: DetailMapProps) {
  return <LeafletDetailMap {...props} />;
}
