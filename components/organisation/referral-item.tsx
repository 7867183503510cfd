import { useTranslations } from "next-intl";
import { Heading4 } from "@utrecht/component-library-react";
import type { ReferralIn, ReferralOut } from "@/lib/organisations/detail-queries";
import { Link } from "@/lib/i18n/navigation";
import { KindBadge } from "@/components/organisations/kind-badge";
import { useSourceLang } from "./source-lang";

type Props = {
  referral: ReferralOut | ReferralIn;
  /** The organisation on the other side of the referral. */
  partner: { slug: string; name: string; kind: "FORMAL" | "INFORMAL" };
  /** The partner's service the referral is about, if it names one. */
  partnerService: string | null;
  /** This organisation's own service the referral starts from (out) or arrives at (in). */
  ownService: string | null;
  direction: "out" | "in";
};

/** One referral agreement: when to refer and how the warm hand-over goes, step by step. */
export function ReferralItem({ referral, partner, partnerService, ownService, direction }: Props) {
  const t = useTranslations("Referral");
  const terms = useTranslations("Terms");
  const referrals = useTranslations("Referrals.public");
  const lang = useSourceLang();
  const headingId = `verwijzing-${referral.id}`;
  const source = (chunks: React.ReactNode) => <span lang={lang}>{chunks}</span>;
  return (
    <li className="referral">
      <Heading4 id={headingId}>
        <Link href={`/organisaties/${partner.slug}`} className="utrecht-link">
          {partnerService ? t.rich("withService", { organisation: partner.name, service: partnerService, source }) : partner.name}
        </Link>
      </Heading4>
      <p className="referral__meta">
        <KindBadge kind={partner.kind} />
        <span>{terms(`referralKind.${referral.kind}`)}</span>
        {ownService && (
          <span className="referral__own-service">
            {t.rich(direction === "out" ? "fromService" : "toService", { service: ownService, source })}
          </span>
        )}
      </p>
      <dl className="referral__facts">
        <dt>{t("when")}</dt>
        <dd lang={lang}>{referral.whenToRefer}</dd>
        {referral.handoverSteps.length > 0 && (
          <>
            <dt>{t("steps")}</dt>
            <dd>
              <ol className="referral__steps" lang={lang}>
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
            <dd lang={lang}>{referral.whatToBring}</dd>
          </>
        )}
      </dl>
      {referral.jointFirstMeeting && <p>{t("jointMeeting")}</p>}
      {referral.contactRole && (
        <p>{t.rich("contactRole", { role: referral.contactRole, source })}</p>
      )}
      {/* Only in the data when the viewer is a signed-in professional (see detail-queries.ts). */}
      {referral.professionalContact && (
        <div className="referral__professional">
          <p>{referrals.rich("professionalContact", { contact: referral.professionalContact, source })}</p>
          <p className="referral__professional-note">{referrals("professionalOnly")}</p>
        </div>
      )}
      {referral.exampleData && <p className="example-data-note">{t("exampleData")}</p>}
    </li>
  );
}
