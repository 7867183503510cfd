// A link to a page that exists in Dutch and English only (the referral helper, networks,
// beheer: lib/i18n/full-locale-pages.ts). In Dutch and English it is the i18n Link as usual;
// from Arabic, Turkish, Polish or Ukrainian it goes straight to the Dutch page — its plain
// address, not next-intl's "/nl/…" for a change of language, which would redirect once more —
// and says so with hrefLang="nl". The link's text stays in the page's language.
import type { ComponentProps } from "react";
import NextLink from "next/link";
import { useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { isFullLocale } from "@/lib/i18n/routing";

export function FullLocaleLink(props: Omit<ComponentProps<typeof Link>, "locale">) {
  const locale = useLocale();
  if (isFullLocale(locale)) return <Link {...props} />;
  return <NextLink {...props} hrefLang="nl" />;
}
