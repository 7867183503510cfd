// One agreement on the management page: the other organisation, what was agreed, its state
// in words (never by colour alone), and what this organisation can do with it now.
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading4, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { ManagedReferral } from "@/lib/referrals/queries";
import { DecideForms, EndForm } from "./referral-decision-forms";

type Props = { referral: ManagedReferral; organisationId: string };

export async function ReferralCard({ referral, organisationId }: Props) {
  const [t, terms, format] = await Promise.all([getTranslations("Referrals.manage"), getTranslations("Terms.referralKind"), getFormatter()]);
  const outgoing = referral.fromOrganizationId === organisationId;
  const partner = outgoing ? referral.toOrganization : referral.fromOrganization;
  const partnerService = outgoing ? referral.toService : referral.fromService;
  const ownService = outgoing ? referral.fromService : referral.toService;
  const partnerName = partnerService ? t("withService", { organisation: partner.name, service: partnerService.name }) : partner.name;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const base = `/beheer/organisaties/${organisationId}/verwijzingen`;
  return (
    <li className="referral-card" aria-labelledby={`afspraak-${referral.id}`}>
      <Heading4 id={`afspraak-${referral.id}`}>{t(outgoing ? "to" : "from", { name: partnerName })}</Heading4>
      <p className="referral-card__status">
        <strong>{t(`status.${referral.status}`)}</strong>
        {" · "}
        {referral.status === "CONFIRMED" && referral.toConfirmedAt ? t("confirmedOn", { date: date(referral.toConfirmedAt) }) : t("proposedOn", { date: date(referral.proposedAt) })}
        {referral.endedAt && ` · ${t("endedOn", { date: date(referral.endedAt) })}`}
        {partner.status !== "PUBLISHED" && ` · ${t("notPublished")}`}
      </p>
      {referral.endReason && <Paragraph>{t("reason", { reason: referral.endReason })}</Paragraph>}
      <dl className="referral-card__facts">
        <dt>{t("kind")}</dt>
        <dd>
          {terms(referral.kind)}
          {ownService && ` (${ownService.name})`}
        </dd>
        <dt>{t("when")}</dt>
        <dd>{referral.whenToRefer}</dd>
        {referral.handoverSteps.length > 0 && (
          <>
            <dt>{t("steps")}</dt>
            <dd>
              <ol>
                {referral.handoverSteps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {referral.whatToBring && (
          <>
            <dt>{t("bring")}</dt>
            <dd>{referral.whatToBring}</dd>
          </>
        )}
        {referral.jointFirstMeeting && (
          <>
            <dt>{t("joint")}</dt>
            <dd>{t("yes")}</dd>
          </>
        )}
        {referral.contactRole && (
          <>
            <dt>{t("contactRole")}</dt>
            <dd>{referral.contactRole}</dd>
          </>
        )}
        {referral.professionalContact && (
          <>
            <dt>{t("professionalContact")}</dt>
            <dd>{referral.professionalContact}</dd>
          </>
        )}
      </dl>
      {referral.status === "PROPOSED" && !outgoing && <DecideForms referralId={referral.id} version={referral.version} partnerName={partnerName} />}
      {referral.status === "PROPOSED" && outgoing && (
        <div className="referral-actions">
          <Link href={`${base}/${referral.id}`} className="utrecht-link" aria-describedby={`afspraak-${referral.id}`}>
            {t("edit")}
          </Link>
          <EndForm referralId={referral.id} version={referral.version} partnerName={partnerName} withdraw />
        </div>
      )}
      {referral.status === "CONFIRMED" && (
        <div className="referral-actions">
          <EndForm referralId={referral.id} version={referral.version} partnerName={partnerName} withdraw={false} />
        </div>
      )}
    </li>
  );
}
