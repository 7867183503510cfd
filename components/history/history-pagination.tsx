import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Newer and older pages of the history, as plain links (?pagina=2) so they can be bookmarked
// and work without JavaScript.
export async function HistoryPagination({ organisationId, page, pageCount }: { organisationId: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("History.pagination");
  const href = (target: number) => `/beheer/organisaties/${organisationId}/geschiedenis${target > 1 ? `?pagina=${target}` : ""}`;
  return (
    <nav className="history-pagination" aria-label={t("label")}>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          {t("newer")}
        </Link>
      )}
      <span aria-current="page">{t("page", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next">
          {t("older")}
        </Link>
      )}
    </nav>
  );
}
