"use client";
// Wijk boundaries with their names, under the markers. Not interactive: the wijk filter is
// in the form, and a clickable polygon would catch clicks meant for the map.
import L from "leaflet";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { WijkOutline } from "./types";

type WijkProperties = { slug: string; name: string };

function styleFor(selected: string | null) {
  return (feature?: Feature<Geometry, WijkProperties>): L.PathOptions => {
    const isSelected = feature?.properties.slug === selected;
    return {
      color: isSelected ? "#8a1a1a" : "#4b5a69",
      weight: isSelected ? 4 : 1.5,
      opacity: 0.9,
      dashArray: isSelected ? undefined : "4 4",
      fillColor: isSelected ? "#cc0000" : "#ffffff",
      fillOpacity: isSelected ? 0.08 : 0,
    };
  };
}

// Wijk names sit under the markers (markerPane is 600), so a name never hides a marker.
const LABEL_PANE = "wijkLabels";

export function WijkLayer({ wijken, selected }: { wijken: WijkOutline[]; selected: string | null }) {
  const map = useMap();
  const layer = useRef<L.GeoJSON<WijkProperties> | null>(null);

  useEffect(() => {
    if (!map.getPane(LABEL_PANE)) {
      const pane = map.createPane(LABEL_PANE);
      pane.style.zIndex = "450";
      pane.style.pointerEvents = "none";
    }
    const collection: FeatureCollection<Geometry, WijkProperties> = {
      type: "FeatureCollection",
      features: wijken.map((wijk) => ({ type: "Feature", properties: { slug: wijk.slug, name: wijk.name }, geometry: wijk.boundary })),
    };
    const created = L.geoJSON<WijkProperties>(collection, {
      interactive: false,
      onEachFeature: (feature, shape) =>
        shape.bindTooltip(feature.properties.name, { permanent: true, direction: "center", className: "wijk-label", interactive: false, pane: LABEL_PANE }),
    }).addTo(map);
    layer.current = created;
    return () => {
      created.remove();
      layer.current = null;
    };
  }, [map, wijken]);

  useEffect(() => {
    const current = layer.current;
    if (!current) return;
    current.setStyle(styleFor(selected));
    current.eachLayer((shape) => {
      const feature = (shape as L.Polygon & { feature?: Feature<Geometry, WijkProperties> }).feature;
      const tooltip = shape.getTooltip()?.getElement();
      tooltip?.classList.toggle("wijk-label--selected", feature?.properties.slug === selected);
      if (feature?.properties.slug === selected) (shape as L.Polygon).bringToFront();
    });
  }, [selected, wijken]);

  return null;
}
