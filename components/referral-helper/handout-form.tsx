// On the helper's answer: a GET form that opens the client's sheet (/verwijzen/handout) in the
// chosen language, with the places still ticked in the list. A plain form: no JavaScript needed.
import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { HANDOUT_LIMITS, type HandoutLocale } from "@/lib/referral-helper/handout";
import { helperQueryString, type HelperQuery } from "@/lib/referral-helper/params";
import { HandoutLanguageField, HiddenQuery } from "./handout-language-field";
import "@/app/styles/handout.css";

/** The form's id: each result's checkbox names it (form="…"), wherever it is on the page. */
export const HANDOUT_FORM_ID = "rh-handout";

type Props = { action: string; query: HelperQuery; language: HandoutLocale };

export function HandoutForm({ action, query, language }: Props) {
  const t = useTranslations("Print.clientHandout.form");
  return (
    <section aria-labelledby="rh-handout-titel" className="rh-handout rh-no-print">
      {/* Not a heading: the headings of the answer are its groups of places (h3). */}
      <Paragraph id="rh-handout-titel" className="rh-handout__title">
        <strong>{t("heading")}</strong>
      </Paragraph>
      <Paragraph>{t("intro")}</Paragraph>
      <Paragraph>{t("choose", { count: HANDOUT_LIMITS.places })}</Paragraph>
      <form id={HANDOUT_FORM_ID} method="get" action={action}>
        <HiddenQuery search={new URLSearchParams(helperQueryString(query))} />
        <HandoutLanguageField id="rh-handout-taal" label={t("language")} value={language} />
        <Button type="submit" appearance="secondary-action-button">
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
