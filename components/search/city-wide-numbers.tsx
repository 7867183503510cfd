// The numbers for all of Utrecht (lib/organisations/city-wide-numbers.ts), as a list with a
// heading: where a search or a wijk has nothing to show, a resident still has someone to call.
import { useLocale, useTranslations } from "next-intl";
import { isolateLtr } from "@/lib/i18n/bidi";
import { Heading2, Heading3 } from "@utrecht/component-library-react";
import { CITY_WIDE_NUMBERS } from "@/lib/organisations/city-wide-numbers";
import { telHref, websiteLabel } from "@/lib/organisations/contact-links";
import "@/app/styles/no-results.css";

export function CityWideNumbers({ level = 3 }: { level?: 2 | 3 }) {
  const t = useTranslations("NoResults");
  const locale = useLocale();
  const Heading = level === 2 ? Heading2 : Heading3;
  return (
    <>
      <Heading>{t("cityHeading")}</Heading>
      <ul className="no-results__list">
        {CITY_WIDE_NUMBERS.map((entry) => (
          <li key={entry.key}>
            <strong>{entry.name}</strong>: {t(`cityWide.${entry.key}`)}
            <br />
            {entry.phone ? (
              <a href={telHref(entry.phone)} className="utrecht-link">
                {t("call", { phone: isolateLtr(entry.phone, locale) })}
              </a>
            ) : (
              <a href={entry.website} className="utrecht-link" dir="ltr">
                {websiteLabel(entry.website)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
