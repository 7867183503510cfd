// "Which buurtteam serves this address?" on its own: one field, the same page and URL. The
// answer is the buurtteam group of the results below.
import { useTranslations } from "next-intl";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { TextField } from "@/components/search/form-fields";
import { PARAM } from "@/lib/referral-helper/params";

export function TeamLookup({ action, address }: { action: string; address: string }) {
  const t = useTranslations("ReferralHelper.teamLookup");
  return (
    <section aria-labelledby="rh-team-titel" className="rh-team-lookup rh-no-print">
      <Heading2 id="rh-team-titel">{t("heading")}</Heading2>
      <Paragraph>{t("intro")}</Paragraph>
      <form method="get" action={action} className="rh-team-lookup__form">
        <TextField id="rh-team-adres" name={PARAM.address} label={t("address")} defaultValue={address} autoComplete="off" />
        <Button type="submit" appearance="secondary-action-button">
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
