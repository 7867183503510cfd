"use client";
// The service markers: every place matching the search, clustered where they crowd together.
// Leaflet draws them; a popup's content is built when it opens (popup-content.ts) and its
// services are loaded then (GET /api/v1/map-points/<id>), so thousands of places cost no React
// work and no bytes up front.
import L from "leaflet";
import "leaflet.markercluster";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useMap } from "react-leaflet";
import { useSelection, type Selection } from "@/components/search/selection-context";
import { getPathname } from "@/lib/i18n/navigation";
import type { MapPlace } from "@/lib/search-ui/map-features";
import { clusterIcon, markerIcon } from "./marker-icons";
import { popupContent, type PopupContent, type PopupTexts } from "./popup-content";
import { loadPlaceDetails } from "./use-map-data";

const SELECTED_CLASS = "map-marker--selected";

/** Never wider than the map itself (a phone's map is ~350 px): the popup's frame adds ~50 px. */
function popupWidth(map: L.Map): number {
  return Math.max(180, Math.min(320, map.getSize().x - 72));
}

export function ServiceMarkers({ places }: { places: MapPlace[] }) {
  const map = useMap();
  const t = useTranslations("Map");
  const locale = useLocale();
  const router = useRouter();
  const { selection, select } = useSelection();
  const markers = useRef(new Map<string, L.Marker>());
  const group = useRef<L.MarkerClusterGroup | null>(null);
  const selectedKey = useRef<string | null>(null);
  // A choice from the list made before the places arrived is carried out once they have.
  const latestSelection = useRef<Selection | null>(null);
  const handledSelection = useRef(0);

  const labels = useMemo(() => {
    const kind = { formal: t("kindFormal"), informal: t("kindInformal"), mixed: t("kindMixed") };
    return {
      // The title is the marker's accessible name: place, kind of help, how many services
      // (who is there is in the popup: naming them here would double the map points' bytes).
      title: (place: MapPlace) => t("placeTitle", { name: place.name, kind: kind[place.kind], count: place.count }),
      cluster: (count: number) => t("cluster", { count }),
    };
  }, [t]);

  const popupTexts = useMemo<PopupTexts>(
    () => ({
      openNow: t("openNow"),
      showInList: t("showInList"),
      loading: t("popupLoading"),
      failed: t("popupFailed"),
      organisationHref: (slug) => getPathname({ href: `/organisaties/${slug}`, locale }),
      navigate: (href) => router.push(href),
    }),
    [t, locale, router],
  );

  /** Highlights the chosen place; a choice from the list ("Toon op kaart") also opens it, once. */
  const showSelection = useCallback(
    (chosen: Selection | null) => {
      if (!chosen) return;
      const previous = selectedKey.current;
      selectedKey.current = chosen.key;
      if (previous) markers.current.get(previous)?.getElement()?.classList.remove(SELECTED_CLASS);
      const marker = markers.current.get(chosen.key);
      marker?.getElement()?.classList.add(SELECTED_CLASS);
      if (chosen.from !== "list" || !marker || !group.current || handledSelection.current === chosen.seq) return;
      handledSelection.current = chosen.seq;
      // From "Toon op kaart": bring the map into view (on a phone it is above the list), zoom
      // until the marker is out of its cluster, and open it.
      map.getContainer().scrollIntoView({ block: "nearest" });
      group.current.zoomToShowLayer(marker, () => marker.openPopup());
    },
    [map],
  );

  useEffect(() => {
    const cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      // Wide enough that a marker and a cluster icon (30 and 38 px) rarely overlap: small,
      // overlapping targets are hard to hit (WCAG 2.5.8).
      maxClusterRadius: 60,
      spiderfyOnMaxZoom: true,
      // Thousands of places are added in slices between frames instead of one long task
      // (a task over 50 ms blocks taps and keys).
      chunkedLoading: true,
      chunkInterval: 40,
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
    for (const place of places) {
      const marker = L.marker([place.lat, place.lng], { icon: markerIcon(place), title: labels.title(place), keyboard: true, riseOnHover: true });
      // One content per opening: Leaflet calls the content function again on popup.update(),
      // which must not start a second request or lose focus to a new element.
      let open: { content: PopupContent; loading: AbortController } | null = null;
      const content = () => {
        if (open) return open.content.root;
        const current = { content: popupContent(place, popupTexts, () => select(place.key, "map", { focusList: true })), loading: new AbortController() };
        open = current;
        loadPlaceDetails(place.popupUrl, current.loading.signal)
          .then((details) => current.content.show(details))
          .catch(() => {
            if (!current.loading.signal.aborted) current.content.fail();
          })
          .finally(() => {
            if (current.loading.signal.aborted || open !== current) return;
            // Lay the popup out again for its new size (and pan it into view), keeping focus
            // where it was: update() takes the content out of the page and puts it back.
            const active = document.activeElement;
            marker.getPopup()?.update();
            if (active instanceof HTMLElement && active !== document.activeElement && current.content.root.contains(active)) active.focus({ preventScroll: true });
          });
        return current.content.root;
      };
      marker.bindPopup(content, {
        maxWidth: popupWidth(map),
        maxHeight: 360,
        autoPanPadding: [16, 16],
      });
      marker.on("popupopen", () => {
        // The map may have been resized (rotated phone) since the popup was bound.
        const popup = marker.getPopup();
        if (popup && popup.options.maxWidth !== popupWidth(map)) {
          popup.options.maxWidth = popupWidth(map);
          popup.update();
        }
        if (selectedKey.current !== place.key) select(place.key, "map");
        // Into the popup, so Tab reaches its links (the popup pane comes after every marker).
        marker.getPopup()?.getElement()?.querySelector<HTMLElement>(".map-popup")?.focus({ preventScroll: true });
      });
      marker.on("popupclose", () => {
        open?.loading.abort();
        open = null;
        const popup = marker.getPopup()?.getElement();
        const active = document.activeElement;
        // Back to the marker when focus was in the popup (or lost with it), not when the
        // visitor has moved on elsewhere.
        if (!active || active === document.body || popup?.contains(active)) marker.getElement()?.focus({ preventScroll: true });
      });
      // Clustering re-creates marker elements; keep the highlight on the new one.
      marker.on("add", () => marker.getElement()?.classList.toggle(SELECTED_CLASS, selectedKey.current === place.key));
      created.set(place.key, marker);
    }
    cluster.addLayers([...created.values()]);
    map.addLayer(cluster);
    markers.current = created;
    group.current = cluster;
    showSelection(latestSelection.current);

    // Markers just outside the view stay in the page (the cluster layer keeps a margin); they
    // must not be Tab stops, or keyboard focus lands on markers nobody can see.
    const syncTabStops = () => {
      const view = map.getContainer().getBoundingClientRect();
      const icons = [...(map.getPane("markerPane")?.querySelectorAll<HTMLElement>(".leaflet-marker-icon") ?? [])];
      // All positions first, then all changes: reading a position after a change makes the
      // browser lay the page out again, once per marker.
      const inView = icons.map((icon) => {
        const box = icon.getBoundingClientRect();
        return box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom;
      });
      icons.forEach((icon, i) => {
        const tabIndex = inView[i] ? 0 : -1;
        if (icon.tabIndex !== tabIndex) icon.tabIndex = tabIndex;
      });
    };
    syncTabStops();
    map.on("moveend zoomend", syncTabStops);
    cluster.on("animationend spiderfied unspiderfied", syncTabStops);
    return () => {
      map.off("moveend zoomend", syncTabStops);
      map.removeLayer(cluster);
      group.current = null;
    };
  }, [map, places, select, labels, popupTexts, showSelection]);

  useEffect(() => {
    latestSelection.current = selection;
    showSelection(selection);
  }, [selection, showSelection]);

  return null;
}
