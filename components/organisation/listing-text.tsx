import { useLocale, useTranslations } from "next-intl";
import { directionOf } from "@/lib/i18n/routing";
import type { TextLanguage } from "@/lib/organisations/listing-language";

type Props = { text: string; lang: TextLanguage };

/**
 * A listing text a coordinator may translate (ADR 0012), in the language it is shown in. A
 * translation in the visitor's language is plain page text. The Dutch original on a page in
 * another language gets lang="nl" (a screen reader pronounces it as Dutch; WCAG 3.1.2), its own
 * direction on a right-to-left page, and a small note in the visitor's language that it is Dutch.
 */
export function ListingText({ text, lang }: Props) {
  const locale = useLocale();
  const t = useTranslations("Translation");
  if (lang === locale || lang !== "nl") return <>{text}</>;
  const dir = directionOf(lang) !== directionOf(locale) ? directionOf(lang) : undefined;
  return (
    <>
      <span lang={lang} dir={dir}>
        {text}
      </span>{" "}
      <small className="listing-text__source">({t("inDutch")})</small>
    </>
  );
}
