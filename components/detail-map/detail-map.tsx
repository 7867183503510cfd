"use client";
// Leaflet needs `window` as soon as it loads, so the map is rendered in the browser only, after
// the page. The page around it always carries the same information in text: the map is an extra.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useMapPlaces } from "@/components/map/use-map-data";
import { pointInGeometry } from "@/lib/geo/point-in-polygon";
import type { MapPlace } from "@/lib/search-ui/map-features";
import type { DetailMapMarker, DetailMapProps } from "./types";

function MapPlaceholder() {
  const t = useTranslations("DetailMap");
  return (
    <div className="detail-map detail-map--placeholder" aria-hidden="true">
      {t("loading")}
    </div>
  );
}

const LeafletDetailMap = dynamic(() => import("./leaflet-detail-map"), { ssr: false, loading: MapPlaceholder });

function toMarker(place: MapPlace): DetailMapMarker {
  return {
    id: place.key,
    lat: place.lat,
    lng: place.lng,
    title: place.name,
    address: "",
    organisations: [],
    loaded: { kind: place.kind, count: place.count, popupUrl: place.popupUrl },
  };
}

function LoadedPlacesMap({ placesFrom, ...props }: DetailMapProps & { placesFrom: { filters: string } }) {
  const places = useMapPlaces(placesFrom.filters);
  const { boundary } = props;
  const markers = useMemo(
    () => places.places.filter((place) => !boundary || pointInGeometry({ lat: place.lat, lng: place.lng }, boundary)).map(toMarker),
    [places.places, boundary],
  );
  return (
    // data-map-status: for tests to wait on the places (no timers).
    <div data-map-status={places.status} data-map-places={markers.length}>
      <LeafletDetailMap {...props} markers={markers} />
    </div>
  );
}

export function DetailMap({ placesFrom, ...props }: DetailMapProps) {
  return placesFrom ? <LoadedPlacesMap {...props} placesFrom={placesFrom} /> : <LeafletDetailMap {...props} />;
}
