// "Je zoekt vanaf: Utrecht Science Park, Oost": the buurt and wijk of the chosen place, so the
// visitor can check it is the right one, and a way to stop searching from it.
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { Paragraph } from "@utrecht/component-library-react";
import type { SearchResult } from "@/lib/search/types";

export function NearSummary({ near, clearHref }: { near: NonNullable<SearchResult["near"]>; clearHref: string }) {
  const t = useTranslations("Search.where");
  const place = near.buurt && near.wijk ? `${near.buurt.name}, ${near.wijk.name}` : near.wijk ? near.wijk.name : t("outside");
  return (
    <div className="near-summary">
      <Paragraph>
        <strong>{t("from", { place })}</strong> {t("sorted")}
      </Paragraph>
      <Paragraph>
        <NextLink href={clearHref} className="utrecht-link utrecht-link--html-a">
          {t("clear")}
        </NextLink>
      </Paragraph>
    </div>
  );
}
