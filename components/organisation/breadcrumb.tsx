import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export type Crumb = { href: string; label: string };

/** "Kaart › Wijken › Overvecht": the trail above a detail page; the last item is the page itself. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: string }) {
  const t = useTranslations("Breadcrumb");
  return (
    <nav className="breadcrumb" aria-label={t("label")}>
      <ol className="breadcrumb__list">
        {trail.map((crumb) => (
          <li key={crumb.href} className="breadcrumb__item">
            <Link href={crumb.href} className="utrecht-link">
              {crumb.label}
            </Link>
          </li>
        ))}
        <li className="breadcrumb__item" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
