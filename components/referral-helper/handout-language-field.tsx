// The language of the client's sheet: the six languages of the site, each named in itself, so
// the client can point at theirs on the professional's screen.
import { FormField, FormLabel, Select, SelectOption } from "@utrecht/component-library-react";
import { LOCALE_NAMES } from "@/lib/i18n/locale-names";
import { directionOf } from "@/lib/i18n/routing";
import { HANDOUT_LOCALES, HANDOUT_PARAM, type HandoutLocale } from "@/lib/referral-helper/handout";

export function HandoutLanguageField({ id, label, value }: { id: string; label: string; value: HandoutLocale }) {
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        <Select id={id} name={HANDOUT_PARAM.locale} defaultValue={value}>
          {HANDOUT_LOCALES.map((locale) => (
            <SelectOption key={locale} value={locale} lang={locale} dir={directionOf(locale)}>
              {LOCALE_NAMES[locale]}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}

/** The helper's question and the ticked places as hidden fields, so a GET form keeps them. */
export function HiddenQuery({ search }: { search: URLSearchParams }) {
  return (
    <>
      {[...search].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
