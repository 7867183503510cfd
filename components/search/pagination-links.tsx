// Beyond 100 results: plain links to the previous and next page, which work without
// JavaScript and keep every filter.
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { hrefWithQuery } from "@/lib/search-ui/query-string";

type Props = { pathname: string; query: URLSearchParams; page: number; pages: number };

export function PaginationLinks({ pathname, query, page, pages }: Props) {
  const t = useTranslations("Results");
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(query);
    if (target === 1) next.delete("page");
    else next.set("page", String(target));
    return hrefWithQuery(pathname, next);
  };
  return (
    <nav className="pagination-links" aria-label={t("pagination")}>
      {page > 1 && (
        <NextLink href={hrefFor(Math.min(page - 1, pages))} className="utrecht-link utrecht-link--html-a" rel="prev">
          {t("previous")}
        </NextLink>
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <NextLink href={hrefFor(page + 1)} className="utrecht-link utrecht-link--html-a" rel="next">
          {t("next")}
        </NextLink>
      )}
    </nav>
  );
}
