import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { getOrganisationHistory } from "@/lib/listings/history-queries";
import { HistoryList } from "@/components/history/history-list";
import { HistoryPagination } from "@/components/history/history-pagination";
import { ArchiveSection } from "@/components/history/archive-section";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "History" });
  return { title: t("title") };
}

export default async function OrganisationHistoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/geschiedenis`);
  const organisation = await requireEditableOrganisation(user, id);
  const { pagina } = await searchParams;
  const history = await getOrganisationHistory(user, organisation.id, Number(typeof pagina === "string" ? pagina : 1), locale);
  const t = await getTranslations("History");
  return (
    <>
      <section aria-labelledby="geschiedenis" className="history">
        <Heading2 id="geschiedenis">{t("title")}</Heading2>
        <Paragraph>{t("lead")}</Paragraph>
        {history.total === 0 ? (
          <Paragraph>{t("empty")}</Paragraph>
        ) : (
          <>
            <Paragraph className="history__count">{t("count", { total: history.total })}</Paragraph>
            <HistoryList history={history} />
            <HistoryPagination organisationId={organisation.id} page={history.page} pageCount={history.pageCount} />
          </>
        )}
      </section>
      <ArchiveSection user={user} organisationId={organisation.id} />
    </>
  );
}
