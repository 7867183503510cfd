// Links to the other pages of a wijk's help: plain links with the page in the URL, so they
// work without JavaScript, can be shared and lead back to the list (#hulp), not the page top.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

type Props = { wijk: { name: string; slug: string }; page: number; pages: number };

export function HelpPages({ wijk, page, pages }: Props) {
  const t = useTranslations("WijkPage");
  if (pages <= 1) return null;
  const href = (target: number) => ({
    pathname: `/wijken/${wijk.slug}`,
    query: target === 1 ? {} : { page: String(target) },
    hash: "hulp",
  });
  return (
    <nav className="pagination-links" aria-label={t("helpPages", { wijk: wijk.name })}>
      {page > 1 && (
        <Link href={href(page - 1)} className="utrecht-link utrecht-link--html-a" rel="prev">
          {t("previousPage")}
        </Link>
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className="utrecht-link utrecht-link--html-a" rel="next">
          {t("nextPage")}
        </Link>
      )}
    </nav>
  );
}
