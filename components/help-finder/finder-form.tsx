// The five questions, as a GET form: sending it changes only the URL, so the answer is a link
// that can be kept or shared, a reload shows the same, and it works without JavaScript.
import { useTranslations } from "next-intl";
import { Button, Heading2 } from "@utrecht/component-library-react";
import { Fieldset, FieldsetLegend } from "@utrecht/fieldset-react";
import { FormFieldDescription } from "@utrecht/form-field-description-react";
import { FormFieldErrorMessage } from "@utrecht/form-field-error-message-react";
import type { FinderOptions } from "@/lib/help-finder/answer";
import { ACCESS, PARAM, POSTCODE_MAX, type Field, type HelpQuery } from "@/lib/help-finder/query";
import { SITUATIONS } from "@/lib/help-finder/situations";
import { URGENCIES } from "@/lib/referral-helper/needs";
import { ChoiceQuestion, SelectQuestion, TextQuestion } from "./questions";

/** The id of each question's first input: where the error summary's links go. */
export const FIELD_IDS: Record<Field, string> = {
  situations: `hf-wat-${SITUATIONS[0]}`,
  urgency: `hf-spoed-${URGENCIES[0]}`,
  buurt: "hf-buurt",
  postcode: "hf-postcode",
  language: "hf-taal",
  access: `hf-gaan-${ACCESS[0]}`,
};

type Props = {
  action: string;
  query: HelpQuery;
  /** Field messages, already in the visitor's language. */
  messages: Partial<Record<Field, string>>;
  /** A message about the place as a whole (no buurt, postcode not found). */
  areaMessage: string | null;
  options: FinderOptions;
  locale: string;
  languageName: (code: string) => string;
  answered: boolean;
};

export function FinderForm({ action, query, messages, areaMessage, options, locale, languageName, answered }: Props) {
  const t = useTranslations("HelpFinder.form");
  // The page's language is always offered: it is the default answer.
  const languages = [...new Set([locale, ...options.languages])];
  return (
    <section aria-labelledby="hf-vragen-titel" className="hf-form">
      <Heading2 id="hf-vragen-titel">{answered ? t("headingAgain") : t("heading")}</Heading2>
      <form method="get" action={action}>
        <ChoiceQuestion
          type="checkbox"
          id="hf-wat"
          name={PARAM.situations}
          legend={t("situation")}
          description={t("situationHelp")}
          error={messages.situations}
          options={SITUATIONS.map((situation) => ({ value: situation, label: t(`situations.${situation}`) }))}
          selected={query.situations}
        />
        <ChoiceQuestion
          type="radio"
          id="hf-spoed"
          name={PARAM.urgency}
          legend={t("urgency")}
          error={messages.urgency}
          options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) }))}
          selected={[query.urgency]}
        />
        <Fieldset id="hf-waar" invalid={!!areaMessage} aria-describedby={areaMessage ? "hf-waar-fout hf-waar-uitleg" : "hf-waar-uitleg"}>
          <FieldsetLegend>{t("where")}</FieldsetLegend>
          {areaMessage && <FormFieldErrorMessage id="hf-waar-fout">{areaMessage}</FormFieldErrorMessage>}
          <FormFieldDescription id="hf-waar-uitleg">{t("whereHelp")}</FormFieldDescription>
          <div className="hf-where">
            <SelectQuestion
              id="hf-buurt"
              name={PARAM.buurt}
              label={t("buurt")}
              error={messages.buurt}
              value={query.buurt ?? ""}
              empty={t("anyBuurt")}
              groups={options.wijken.map((wijk) => ({
                label: wijk.name,
                options: wijk.buurten.map((buurt) => ({ value: buurt.code, label: buurt.name })),
              }))}
            />
            <TextQuestion
              id="hf-postcode"
              name={PARAM.postcode}
              label={t("postcode")}
              description={t("postcodeHelp")}
              error={messages.postcode}
              value={query.postcode ?? ""}
              maxLength={POSTCODE_MAX}
              autoComplete="postal-code"
            />
          </div>
        </Fieldset>
        <SelectQuestion
          id="hf-taal"
          name={PARAM.language}
          label={t("language")}
          description={t("languageHelp")}
          error={messages.language}
          value={query.language ?? ""}
          empty={t("anyLanguage")}
          options={languages.map((code) => ({ value: code, label: languageName(code) }))}
        />
        <ChoiceQuestion
          type="radio"
          id="hf-gaan"
          name={PARAM.access}
          legend={t("access")}
          error={messages.access}
          options={[
            { value: "ja", label: t("accessGo") },
            { value: "nee", label: t("accessRemote") },
          ]}
          selected={[query.canTravel ? "ja" : "nee"]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
