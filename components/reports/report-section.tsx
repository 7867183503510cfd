// "Klopt er iets niet?" at the end of a public organisation page. Rendered on the server:
// the form carries the signed moment it was shown (lib/reports/form-token.ts).
import { useTranslations } from "next-intl";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { reportFormToken } from "@/lib/reports/form-token";
import { ReportForm } from "./report-form";

export const REPORT_SECTION_ID = "meld-een-fout";

export function ReportSection({ organisationId, organisationName, now }: { organisationId: string; organisationName: string; now: Date }) {
  const t = useTranslations("Moderation.report");
  return (
    <section id={REPORT_SECTION_ID} className="detail-section report-section" aria-labelledby={`${REPORT_SECTION_ID}-titel`}>
      <Heading2 id={`${REPORT_SECTION_ID}-titel`}>{t("heading")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      <Paragraph>
        <strong>{t("privacy")}</strong> {t("noAnswer")}
      </Paragraph>
      <ReportForm organisationId={organisationId} organisationName={organisationName} token={reportFormToken(now)} />
    </section>
  );
}
