"use client";
// The map itself, loaded in the browser only and after the page (see service-map.tsx). Background tiles are a
// nicety: when they cannot load (offline, blocked, a dead tile host) the map keeps a plain
// light background with the wijken and the markers on it.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import type L from "leaflet";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { MapContainer, TileLayer } from "react-leaflet";
import { Button, ButtonGroup } from "@/components/utrecht/client";
import { FitView, UTRECHT_CENTRE } from "./fit-view";
import { MapKeyboard } from "./map-keyboard";
import { NearMarker } from "./near-marker";
import { ServiceMarkers } from "./service-markers";
import type { MapPlace } from "@/lib/search-ui/map-features";
import type { ServiceMapProps, WijkOutline } from "./types";
import { WijkLayer } from "./wijk-layer";

// A transparent pixel instead of a broken-image tile; the CSP allows data: images.
const EMPTY_TILE = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

type Props = Omit<ServiceMapProps, "filters"> & { places: MapPlace[]; wijken: WijkOutline[] };

export default function LeafletMap({ places, wijken, selectedWijk, near, tiles }: Props) {
  const t = useTranslations("Map");
  const [map, setMap] = useState<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileEvents = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);
  const wijk = wijken.find((w) => w.slug === selectedWijk) ?? null;

  return (
    <>
      {/* Zoom buttons and attribution sit outside the map, where they never cover a marker
          and are ordinary, labelled buttons and links. */}
      <ButtonGroup className="map-toolbar" role="group" aria-label={t("controls")}>
        <Button type="button" appearance="secondary-action-button" onClick={() => map?.zoomIn()} disabled={!map}>
          {t("zoomIn")}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => map?.zoomOut()} disabled={!map}>
          {t("zoomOut")}
        </Button>
      </ButtonGroup>
      <MapContainer ref={setMap} center={UTRECHT_CENTRE} zoom={12} scrollWheelZoom={false} zoomControl={false} attributionControl={false} className="map">
        <MapKeyboard label={t("label")} />
        <TileLayer url={tiles.url} attribution={tiles.attribution} minZoom={6} maxZoom={19} errorTileUrl={EMPTY_TILE} eventHandlers={tileEvents} />
        <WijkLayer wijken={wijken} selected={selectedWijk} />
        {near && <NearMarker near={near} label={t("near")} />}
        <ServiceMarkers places={places} />
        <FitView places={places} wijk={wijk} near={near} />
      </MapContainer>
      <p className="map-attribution">
        <a href="https://leafletjs.com">Leaflet</a> · <span dangerouslySetInnerHTML={{ __html: tiles.attribution }} />
      </p>
      {tilesFailed && <p className="map-note">{t("tilesFailed")}</p>}
    </>
  );
}
