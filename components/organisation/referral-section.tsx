import { useTranslations } from "next-intl";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { OrganisationDetail } from "@/lib/organisations/detail-queries";
import { ReferralItem } from "./referral-item";

/** Confirmed referral agreements in both directions, for the people who make the hand-over. */
export function ReferralSection({ organisation }: { organisation: OrganisationDetail }) {
  const t = useTranslations("OrganisationPage");
  const { referralsOut, referralsIn } = organisation;
  return (
    <section id="doorverwijzen" className="detail-section" aria-labelledby="doorverwijzen-titel">
      <Heading2 id="doorverwijzen-titel">{t("referralsHeading")}</Heading2>
      <Paragraph>{t("referralsIntro")}</Paragraph>
      {referralsOut.length > 0 && (
        <>
          <Heading3 id="verwijst-naar">{t("referralsOutHeading")}</Heading3>
          <ul className="referral-list" aria-labelledby="verwijst-naar">
            {referralsOut.map((referral) => (
              <ReferralItem
                key={referral.id}
                referral={referral}
                partner={referral.toOrganization}
                partnerService={referral.toService?.name ?? null}
                ownService={referral.fromService?.name ?? null}
                direction="out"
              />
            ))}
          </ul>
        </>
      )}
      {referralsIn.length > 0 && (
        <>
          <Heading3 id="verwijzingen-van">{t("referralsInHeading")}</Heading3>
          <ul className="referral-list" aria-labelledby="verwijzingen-van">
            {referralsIn.map((referral) => (
              <ReferralItem
                key={referral.id}
                referral={referral}
                partner={referral.fromOrganization}
                partnerService={referral.fromService?.name ?? null}
                ownService={referral.toService?.name ?? null}
                direction="in"
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
