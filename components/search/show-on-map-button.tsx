"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/utrecht/client";
import { useSelection } from "./selection-context";

export function ShowOnMapButton({ locationKey, name }: { locationKey: string; name: string }) {
  const t = useTranslations("Results");
  const { select } = useSelection();
  return (
    <Button type="button" appearance="secondary-action-button" className="result-card__map-button" aria-label={t("showOnMapLabel", { name })} onClick={() => select(locationKey, "list")}>
      {t("showOnMap")}
    </Button>
  );
}
