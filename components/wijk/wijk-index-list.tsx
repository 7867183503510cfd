import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { WijkListItem } from "@/lib/wijken/queries";

export function WijkIndexList({ wijken }: { wijken: WijkListItem[] }) {
  const t = useTranslations("WijkenIndex");
  return (
    <ul className="wijk-index" aria-label={t("listLabel")}>
      {wijken.map((wijk) => (
        <li key={wijk.code} className="wijk-index__item">
          <Link href={`/wijken/${wijk.slug}`} className="utrecht-link wijk-index__link">
            {wijk.name}
          </Link>
          <span className="wijk-index__count">{t("buurten", { count: wijk._count.buurten })}</span>
        </li>
      ))}
    </ul>
  );
}
