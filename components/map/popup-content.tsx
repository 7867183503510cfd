"use client";
// The popup of a marker: the place, and each service there with its organisation (a link to
// its page) and whether it is open. "Toon in de lijst" moves focus to the list, where the
// full details are.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MapPoint } from "@/lib/search-ui/map-points";

type Props = { point: MapPoint; onShowInList: () => void };

export function PopupContent({ point, onShowInList }: Props) {
  const t = useTranslations("Map");
  return (
    <div tabIndex={-1} className="map-popup">
      <p className="map-popup__title">{point.name}</p>
      <p className="map-popup__address">{point.address}</p>
      <ul className="map-popup-list">
        {point.entries.map((entry) => (
          <li key={entry.itemId}>
            <Link href={`/organisaties/${entry.organisationSlug}`}>{entry.organisationName}</Link>: {entry.serviceName}
            <br />
            <span className="map-popup__open">{entry.openText}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="map-popup__list-button" onClick={onShowInList}>
        {t("showInList")}
      </button>
    </div>
  );
}
