import { useTranslations } from "next-intl";
import type { SearchItem } from "@/lib/search/types";
import { ResultItem, type ResultTexts } from "./result-item";

export function ResultList({ items, texts }: { items: SearchItem[]; texts: (item: SearchItem) => ResultTexts }) {
  const t = useTranslations("Results");
  const seen = new Set<string>();
  return (
    <ul className="result-list" aria-label={t("list")}>
      {items.map((item) => {
        const key = item.location?.id;
        const first = key !== undefined && !seen.has(key);
        if (key) seen.add(key);
        return <ResultItem key={item.id} item={item} texts={texts(item)} firstAtLocation={first} />;
      })}
    </ul>
  );
}
