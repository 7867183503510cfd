import { useFormatter, useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { isStale } from "@/lib/organisations/verification";

export function VerificationNote({ verifiedAt, now }: { verifiedAt: Date | null; now: Date }) {
  const t = useTranslations("OrganisationPage");
  const format = useFormatter();
  const stale = isStale(verifiedAt, now);
  return (
    <Paragraph className={`verification-note${stale ? " verification-note--stale" : ""}`}>
      {verifiedAt ? t("verified", { date: format.dateTime(verifiedAt, { day: "numeric", month: "long", year: "numeric" }) }) : t("notVerified")}
      {stale && verifiedAt && (
        <>
          {" · "}
          <strong>{t("stale")}</strong>
        </>
      )}
      {stale && (
        <>
          <br />
          {t("staleHint")}
        </>
      )}
    </Paragraph>
  );
}
