"use client";
// Keyboard and screen-reader support Leaflet lacks: a name for the map region, Space on a
// marker (Leaflet makes markers buttons but only handles Enter), Enter and Space on a cluster
// (Leaflet handles neither), and Escape to close a popup from inside it.
import { useEffect } from "react";
import { useMap } from "react-leaflet";

export function MapKeyboard({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        map.closePopup();
        return;
      }
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains("leaflet-marker-icon")) return;
      const isCluster = target.classList.contains("map-cluster");
      // Enter on a plain marker is Leaflet's own (it toggles the popup); clicking too would
      // close it again.
      if (event.key === " " || (event.key === "Enter" && isCluster)) {
        event.preventDefault();
        target.click();
      }
    };
    container.addEventListener("keydown", onKeyDown);
    return () => container.removeEventListener("keydown", onKeyDown);
  }, [map, label]);
  return null;
}
