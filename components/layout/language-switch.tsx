"use client";
// A plain link to the same page in the other language, with the current filters kept.
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function LanguageSwitch() {
  const t = useTranslations("Site");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === "nl" ? "en" : "nl";
  const query = searchParams.toString();
  return (
    <Link href={query ? `${pathname}?${query}` : pathname} locale={other} hrefLang={other} lang={other} className="language-switch" aria-label={t("languageSwitchLabel")}>
      {t("languageSwitch")}
    </Link>
  );
}
