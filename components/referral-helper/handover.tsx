import { useTranslations } from "next-intl";
import { Heading5 } from "@utrecht/component-library-react";
import type { RankedResult } from "@/lib/referral-helper/rank";

type Handover = RankedResult["handovers"][number];

/** One confirmed agreement: when to refer, the steps, what to bring, whom to ask for. */
export function HandoverAgreement({ handover, sourceLang }: { handover: Handover; sourceLang: string | undefined }) {
  const t = useTranslations("ReferralHelper.result");
  const from = handover.fromOrganization.name;
  return (
    <li className="rh-handover">
      <Heading5>{handover.fromOwnOrganisation ? t("handoverOwn", { organisation: from }) : t("handoverFrom", { organisation: from })}</Heading5>
      <dl className="rh-facts">
        <dt>{t("when")}</dt>
        <dd lang={sourceLang}>{handover.whenToRefer}</dd>
        {handover.handoverSteps.length > 0 && (
          <>
            <dt>{t("steps")}</dt>
            <dd>
              <ol lang={sourceLang}>
                {handover.handoverSteps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {handover.whatToBring && (
          <>
            <dt>{t("bring")}</dt>
            <dd lang={sourceLang}>{handover.whatToBring}</dd>
          </>
        )}
      </dl>
      {handover.jointFirstMeeting && <p>{t("joint")}</p>}
      {handover.contactRole && <p>{t("contactRole", { role: handover.contactRole })}</p>}
      {handover.professionalContact && <p>{t("professionalContact", { contact: handover.professionalContact })}</p>}
      {handover.exampleData && <p className="rh-example">{t("exampleData")}</p>}
    </li>
  );
}
