"use client";
// The service markers, clustered where they crowd together. Leaflet draws them; React renders
// each popup's content into a detached element (a portal) that Leaflet shows when the popup
// opens, so the popup can hold real links and buttons.
import L from "leaflet";
import "leaflet.markercluster";
import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "next-intl";
import { useMap } from "react-leaflet";
import { useSelection } from "@/components/search/selection-context";
import type { MapPoint } from "@/lib/search-ui/map-points";
import { clusterIcon, markerIcon } from "./marker-icons";
import { PopupContent } from "./popup-content";

const SELECTED_CLASS = "map-marker--selected";

/** Never wider than the map itself (a phone's map is ~350 px): the popup's frame adds ~50 px. */
function popupWidth(map: L.Map): number {
  return Math.max(180, Math.min(320, map.getSize().x - 72));
}

export function ServiceMarkers({ points }: { points: MapPoint[] }) {
  const map = useMap();
  const t = useTranslations("Map");
  const { selection, select } = useSelection();
  const markers = useRef(new Map<string, L.Marker>());
  const group = useRef<L.MarkerClusterGroup | null>(null);
  const selectedKey = useRef<string | null>(null);
  // Detached elements the popups show; React renders into them below.
  const containers = useMemo(() => new Map(points.map((point) => [point.key, document.createElement("div")])), [points]);

  const labels = useMemo(() => {
    const kind = { formal: t("kindFormal"), informal: t("kindInformal"), mixed: t("kindMixed") };
    return {
      // The title is the marker's accessible name: place, kind of help, who is there.
      title: (point: MapPoint) =>
        t("markerTitle", { name: point.name, kind: kind[point.kind], organisations: [...new Set(point.entries.map((e) => e.organisationName))].join(", ") }),
      cluster: (count: number) => t("cluster", { count }),
    };
  }, [t]);

  useEffect(() => {
    const cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      // Wide enough that a marker and a cluster icon (30 and 38 px) rarely overlap: small,
      // overlapping targets are hard to hit (WCAG 2.5.8).
      maxClusterRadius: 60,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (c) => clusterIcon(c.getChildCount(), labels.cluster(c.getChildCount())),
    });
    // After a cluster opens, focus its first place, so a keyboard user is not left on a
    // cluster icon that no longer exists.
    let focusAfterZoom: L.Marker | null = null;
    cluster.on("clusterclick", (event) => {
      focusAfterZoom = (event.propagatedFrom as L.MarkerCluster).getAllChildMarkers()[0] ?? null;
    });
    cluster.on("animationend spiderfied", () => {
      if (!focusAfterZoom) return;
      const visible = cluster.getVisibleParent(focusAfterZoom);
      focusAfterZoom = null;
      visible?.getElement()?.focus({ preventScroll: true });
    });
    const created = new Map<string, L.Marker>();
    for (const point of points) {
      const marker = L.marker([point.lat, point.lng], { icon: markerIcon(point), title: labels.title(point), keyboard: true, riseOnHover: true });
      marker.bindPopup(containers.get(point.key) ?? "", { maxWidth: popupWidth(map), maxHeight: 360, autoPanPadding: [16, 16] });
      marker.on("popupopen", () => {
        // The map may have been resized (rotated phone) since the popup was bound.
        const popup = marker.getPopup();
        if (popup && popup.options.maxWidth !== popupWidth(map)) {
          popup.options.maxWidth = popupWidth(map);
          popup.update();
        }
        if (selectedKey.current !== point.key) select(point.key, "map");
        // Into the popup, so Tab reaches its links (the popup pane comes after every marker).
        marker.getPopup()?.getElement()?.querySelector<HTMLElement>(".map-popup")?.focus({ preventScroll: true });
      });
      marker.on("popupclose", () => {
        const popup = marker.getPopup()?.getElement();
        const active = document.activeElement;
        // Back to the marker when focus was in the popup (or lost with it), not when the
        // visitor has moved on elsewhere.
        if (!active || active === document.body || popup?.contains(active)) marker.getElement()?.focus({ preventScroll: true });
      });
      // Clustering re-creates marker elements; keep the highlight on the new one.
      marker.on("add", () => marker.getElement()?.classList.toggle(SELECTED_CLASS, selectedKey.current === point.key));
      created.set(point.key, marker);
    }
    cluster.addLayers([...created.values()]);
    map.addLayer(cluster);
    markers.current = created;
    group.current = cluster;

    // Markers just outside the view stay in the page (the cluster layer keeps a margin); they
    // must not be Tab stops, or keyboard focus lands on markers nobody can see.
    const syncTabStops = () => {
      const view = map.getContainer().getBoundingClientRect();
      for (const icon of map.getPane("markerPane")?.querySelectorAll<HTMLElement>(".leaflet-marker-icon") ?? []) {
        const box = icon.getBoundingClientRect();
        const inView = box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
        icon.tabIndex = inView ? 0 : -1;
      }
    };
    syncTabStops();
    map.on("moveend zoomend", syncTabStops);
    cluster.on("animationend spiderfied unspiderfied", syncTabStops);
    return () => {
      map.off("moveend zoomend", syncTabStops);
      map.removeLayer(cluster);
      group.current = null;
    };
  }, [map, points, containers, select, labels]);

  useEffect(() => {
    if (!selection) return;
    const previous = selectedKey.current;
    selectedKey.current = selection.key;
    if (previous) markers.current.get(previous)?.getElement()?.classList.remove(SELECTED_CLASS);
    const marker = markers.current.get(selection.key);
    marker?.getElement()?.classList.add(SELECTED_CLASS);
    if (selection.from !== "list" || !marker || !group.current) return;
    // From "Toon op kaart": bring the map into view (on a phone it is above the list), zoom
    // until the marker is out of its cluster, and open it.
    map.getContainer().scrollIntoView({ block: "nearest" });
    group.current.zoomToShowLayer(marker, () => marker.openPopup());
  }, [selection, map]);

  return (
    <>
      {points.map((point) => {
        const container = containers.get(point.key);
        return container ? createPortal(<PopupContent point={point} onShowInList={() => select(point.key, "map", { focusList: true })} />, container, point.key) : null;
      })}
    </>
  );
}
