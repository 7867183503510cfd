// The question, as a GET form: sending it changes only the URL, so the answer can be shared,
// reloaded and printed, and the form works without JavaScript.
import { useTranslations } from "next-intl";
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, Heading2 } from "@utrecht/component-library-react";
import { SelectField, TextField } from "@/components/search/form-fields";
import { NEEDS, URGENCIES } from "@/lib/referral-helper/needs";
import { PARAM, type HelperQuery } from "@/lib/referral-helper/params";
import type { HelperOptions } from "@/lib/referral-helper/queries";
import { CheckboxChoices, RadioChoices } from "./choice-fields";

type Props = { action: string; query: HelperQuery; options: HelperOptions; languageName: (code: string) => string };

export function HelperForm({ action, query, options, languageName }: Props) {
  const t = useTranslations("ReferralHelper");
  return (
    <section aria-labelledby="rh-vraag-titel" className="rh-form rh-no-print">
      <Heading2 id="rh-vraag-titel">{t("form.heading")}</Heading2>
      <form method="get" action={action}>
        <Fieldset aria-describedby="rh-waar-uitleg">
          <FieldsetLegend>{t("form.where")}</FieldsetLegend>
          <FormFieldDescription id="rh-waar-uitleg">{t("form.whereHelp")}</FormFieldDescription>
          <TextField
            id="rh-adres"
            name={PARAM.address}
            label={t("form.address")}
            description={t("form.addressHelp")}
            defaultValue={query.address ?? ""}
            autoComplete="off"
          />
          <SelectField
            id="rh-buurt"
            name={PARAM.buurt}
            label={t("form.buurt")}
            any={t("form.anyBuurt")}
            defaultValue={query.buurt ?? ""}
            groups={options.wijken.map((wijk) => ({
              label: wijk.name,
              options: wijk.buurten.map((buurt) => ({ value: buurt.code, label: buurt.name })),
            }))}
          />
        </Fieldset>
        <CheckboxChoices
          idPrefix="rh-nodig"
          name={PARAM.needs}
          legend={t("form.needs")}
          description={t("form.needsHelp")}
          options={NEEDS.map((need) => ({ value: need, label: t(`needs.${need}`) }))}
          selected={query.needs}
        />
        <RadioChoices
          idPrefix="rh-spoed"
          name={PARAM.urgency}
          legend={t("form.urgency")}
          options={URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) }))}
          selected={query.urgency}
        />
        <SelectField
          id="rh-taal"
          name={PARAM.language}
          label={t("form.language")}
          any={t("form.anyLanguage")}
          defaultValue={query.language ?? ""}
          options={options.languages.filter((code) => code !== "nl").map((code) => ({ value: code, label: languageName(code) }))}
        />
        <RadioChoices
          idPrefix="rh-reizen"
          name={PARAM.travel}
          legend={t("form.travel")}
          options={[
            { value: "ja", label: t("form.travelYes") },
            { value: "nee", label: t("form.travelNo") },
          ]}
          selected={query.canTravel ? "ja" : "nee"}
        />
        <Button type="submit" appearance="primary-action-button">
          {t("form.submit")}
        </Button>
      </form>
    </section>
  );
}
