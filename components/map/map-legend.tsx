// The key to the map, drawn with the markers' own classes so it always matches them.
import { useTranslations } from "next-intl";
import { MARKER_LETTER } from "./marker-letters";

export function MapLegend({ showNear, showSelectedWijk }: { showNear: boolean; showSelectedWijk: boolean }) {
  const t = useTranslations("Map.legend");
  return (
    <details className="map-legend" open>
      <summary>{t("heading")}</summary>
      <ul>
        <li>
          <span className="map-marker map-marker--formal legend-symbol" aria-hidden="true">
            {MARKER_LETTER.formal}
          </span>
          {t("formal")}
        </li>
        <li>
          <span className="map-marker map-marker--informal legend-symbol" aria-hidden="true">
            {MARKER_LETTER.informal}
          </span>
          {t("informal")}
        </li>
        <li>
          <span className="map-marker map-marker--mixed legend-symbol" aria-hidden="true">
            3
          </span>
          {t("mixed")}
        </li>
        <li>
          <span className="map-cluster legend-symbol" aria-hidden="true">
            <span>12</span>
          </span>
          {t("cluster")}
        </li>
        <li>
          <span className="legend-line" aria-hidden="true" />
          {t("wijk")}
        </li>
        {showSelectedWijk && (
          <li>
            <span className="legend-line legend-line--selected" aria-hidden="true" />
            {t("selectedWijk")}
          </li>
        )}
        {showNear && (
          <li>
            <span className="legend-near" aria-hidden="true" />
            {t("near")}
          </li>
        )}
      </ul>
    </details>
  );
}
