import { getTranslations } from "next-intl/server";
import { Button, FormField, FormLabel, Textbox } from "@utrecht/component-library-react";

// A GET form: the search lives in the URL, like every filter on the site.
export async function OrganisationSearch({ defaultValue }: { defaultValue: string }) {
  const t = await getTranslations("Manage.dashboard");
  return (
    <form method="get" role="search" className="manage-actions">
      <FormField label={<FormLabel htmlFor="beheer-zoek">{t("search")}</FormLabel>} input={<Textbox id="beheer-zoek" name="q" type="search" defaultValue={defaultValue} />} />
      <Button type="submit" appearance="secondary-action-button">
        {t("searchButton")}
      </Button>
    </form>
  );
}
