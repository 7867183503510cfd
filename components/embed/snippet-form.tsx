// The snippet page's choices as one GET form: it works without JavaScript, and the address
// of the page then says which code is shown (a web editor can bookmark or share it).
import { getTranslations } from "next-intl/server";
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton, Select, SelectOption } from "@utrecht/component-library-react";
import { CheckboxField, SelectField, type FieldOption } from "@/components/search/form-fields";
import { PAGE_LANGUAGE_FIELD, type EmbedChoice } from "@/lib/embed/snippet";

type Props = {
  action: string;
  choice: EmbedChoice;
  wijken: FieldOption[];
  categories: FieldOption[];
  languages: FieldOption[];
  pageLanguages: FieldOption[];
};

export async function SnippetForm({ action, choice, wijken, categories, languages, pageLanguages }: Props) {
  const t = await getTranslations("Embed.snippet");
  return (
    <form method="get" action={action} className="embed-snippet-form">
      <SelectField id="insluiten-wijk" name="wijk" label={t("wijk")} any={t("allWijken")} options={wijken} defaultValue={choice.wijk ?? ""} />
      <SelectField id="insluiten-categorie" name="category" label={t("category")} any={t("allCategories")} options={categories} defaultValue={choice.category ?? ""} />
      <SelectField id="insluiten-taal" name="lang" label={t("lang")} any={t("anyLang")} options={languages} defaultValue={choice.lang ?? ""} />
      <CheckboxField id="insluiten-open" name="open" value="now" label={t("openNow")} defaultChecked={choice.openNow} />
      <FormField
        label={<FormLabel htmlFor="insluiten-paginataal">{t("pageLanguage")}</FormLabel>}
        input={
          <Select id="insluiten-paginataal" name={PAGE_LANGUAGE_FIELD} defaultValue={choice.locale}>
            {pageLanguages.map((option) => (
              <SelectOption key={option.value} value={option.value}>
                {option.label}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Fieldset>
        <FieldsetLegend>{t("view")}</FieldsetLegend>
        <FormField
          type="radio"
          input={<RadioButton id="insluiten-lijst" name="kaart" value="0" defaultChecked={!choice.map} />}
          label={
            <FormLabel htmlFor="insluiten-lijst" type="radio">
              {t("viewList")}
            </FormLabel>
          }
        />
        <FormField
          type="radio"
          input={<RadioButton id="insluiten-kaart" name="kaart" value="1" defaultChecked={choice.map} />}
          label={
            <FormLabel htmlFor="insluiten-kaart" type="radio">
              {t("viewMap")}
            </FormLabel>
          }
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action-button">
        {t("submit")}
      </Button>
    </form>
  );
}
