import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { HANDLED_LIMIT, reportsForOrganisation } from "@/lib/reports/queries";
import { ReportItem } from "@/components/reports/report-item";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.reports" });
  return { title: t("title") };
}

/** Reports from visitors about one listing, for its owners, editors and moderators. */
export default async function OrganisationReportsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/meldingen`);
  const organisation = await requireEditableOrganisation(user, id);
  const [t, { open, handled }] = await Promise.all([getTranslations("Moderation.reports"), reportsForOrganisation(user, organisation.id)]);
  const canDismiss = can(user, "moderate:report:any");
  return (
    <section aria-labelledby="meldingen">
      <Heading2 id="meldingen">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>

      <section aria-labelledby="open-meldingen" className="manage-section">
        <Heading3 id="open-meldingen">{t("openTitle", { count: open.length })}</Heading3>
        {open.length === 0 ? (
          <Paragraph>{t("noneOpen")}</Paragraph>
        ) : (
          <ul className="report-list">
            {open.map((report) => (
              <ReportItem key={report.id} report={report} canDismiss={canDismiss} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="afgehandelde-meldingen" className="manage-section">
        <Heading3 id="afgehandelde-meldingen">{t("handledTitle")}</Heading3>
        {handled.length === 0 ? (
          <Paragraph>{t("noneHandled")}</Paragraph>
        ) : (
          <>
            {handled.length >= HANDLED_LIMIT && <Paragraph>{t("handledLimit", { count: HANDLED_LIMIT })}</Paragraph>}
            <ul className="report-list">
              {handled.map((report) => (
                <ReportItem key={report.id} report={report} canDismiss={canDismiss} />
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
