"use client";
// The popup of a place from the map points (a wijk's map): its address and organisations are
// not in the compact map points, so they are loaded when the popup opens, from the same
// endpoint as the home map's popups (GET /api/v1/map-points/<id>?<filters>).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { loadPlaceDetails } from "@/components/map/use-map-data";
import { Link } from "@/lib/i18n/navigation";
import type { MapPlaceDetails } from "@/lib/search-ui/map-features";

type Loading = { url: string; details: MapPlaceDetails | null; failed: boolean };

/** `open`: the popup is showing (react-leaflet renders popup content while it is closed too). */
export function LoadedPopup({ title, popupUrl, open }: { title: string; popupUrl: string; open: boolean }) {
  const t = useTranslations("Map");
  const [loading, setLoading] = useState<Loading | null>(null);
  const current = loading?.url === popupUrl ? loading : null;
  const needed = open && (!current || current.failed);
  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    loadPlaceDetails(popupUrl, controller.signal)
      .then((details) => setLoading({ url: popupUrl, details, failed: false }))
      .catch(() => {
        if (!controller.signal.aborted) setLoading({ url: popupUrl, details: null, failed: true });
      });
    return () => controller.abort();
  }, [needed, popupUrl]);
  const details = current?.details;
  // One link per organisation, as the map drew them when the places carried them.
  const organisations = details ? [...new Map(details.entries.map((e) => [e.organisationSlug, e.organisationName])).entries()] : [];
  return (
    <>
      <strong>{title}</strong>
      {details && (
        <>
          <br />
          {details.address}
          <ul className="detail-map__popup-list">
            {organisations.map(([slug, name]) => (
              <li key={slug}>
                <Link href={`/organisaties/${slug}`}>{name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* A reopened popup tries again: then it says "loading", not the last failure again. */}
      {!details && <p role="status">{current?.failed && !needed ? t("popupFailed") : t("popupLoading")}</p>}
    </>
  );
}
