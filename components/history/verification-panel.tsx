import { getFormatter, getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { getCurrentUser } from "@/lib/auth/session";
import { getVerification } from "@/lib/listings/verify-queries";
import { isStale } from "@/lib/organisations/verification";
import { VerifyButton } from "./verify-button";

// "Klopt alles nog?" at the top of every management page of a listing: when it was last
// confirmed, a clear note when that is more than half a year ago (in words, not only colour),
// and one button to confirm. Archived listings are not on the map, so there is nothing to confirm.
export async function VerificationPanel({ organisationId, now = new Date() }: { organisationId: string; now?: Date }) {
  const user = await getCurrentUser();
  const verification = user ? await getVerification(user, organisationId) : null;
  if (!verification || verification.status === "ARCHIVED") return null;
  const t = await getTranslations("History.verification");
  const format = await getFormatter();
  const stale = isStale(verification.verifiedAt, now);
  const date = verification.verifiedAt ? format.dateTime(verification.verifiedAt, { dateStyle: "long" }) : null;
  return (
    <section aria-labelledby="klopt-alles-nog" className={`verification-panel${stale ? " verification-panel--stale" : ""}`}>
      <Heading2 id="klopt-alles-nog" className="verification-panel__title">
        {t("title")}
      </Heading2>
      <Paragraph>
        {date ? (verification.verifiedBy ? t("verifiedBy", { date, name: verification.verifiedBy }) : t("verified", { date })) : t("never")}
        {stale && date && (
          <>
            {" · "}
            <strong>{t("stale")}</strong>
          </>
        )}
      </Paragraph>
      <Paragraph>{stale && date ? t("staleLead") : t("lead")}</Paragraph>
      <VerifyButton organisationId={organisationId} />
    </section>
  );
}
