import { useTranslations } from "next-intl";

/** Shown while a detail or wijk page is fetched; announced politely to screen readers. */
export function PageLoading() {
  const t = useTranslations("Loading");
  return (
    <div className="page-loading" role="status">
      <p>{t("text")}</p>
    </div>
  );
}
