"use client";
// The header's language choice: a <details> disclosure (opens by keyboard, by touch and without
// JavaScript) with one plain link per language to the same page, the current filters kept. Each
// language is named in itself and marked with lang and hrefLang, so a screen reader reads it in
// that language; the current one has aria-current. Pages for professionals and organisations
// exist in Dutch and English only (lib/i18n/full-locale-pages.ts): there it offers those two.
// The query comes from the server (the layout reads it from proxy.ts), so the links are right
// in the HTML without JavaScript and without a Suspense boundary (whose content streams in
// hidden until a script shows it); the map changes its query in the browser, so opening the
// list reads the address again.
import { useRef, useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isFullLocalePage } from "@/lib/i18n/full-locale-pages";
import { LOCALE_NAMES } from "@/lib/i18n/locale-names";
import { getPathname, usePathname } from "@/lib/i18n/navigation";
import { FULL_LOCALES, routing, type Locale } from "@/lib/i18n/routing";

export function LanguageSwitch({ search }: { search: string }) {
  const t = useTranslations("Site");
  const locale = useLocale() as Locale;
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  const [query, setQuery] = useState(search.replace(/^\?/, ""));
  const locales: readonly Locale[] = isFullLocalePage(pathname) ? FULL_LOCALES : routing.locales;

  // Escape closes it and puts focus back on its summary, as with the menu.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !details.current?.open) return;
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    // Keyed by page: after a link in the site it shows the next page with the list closed.
    <details
      key={pathname}
      ref={details}
      className="language-switch"
      onKeyDown={onKeyDown}
      onToggle={(event) => {
        if (event.currentTarget.open) setQuery(window.location.search.replace(/^\?/, ""));
      }}
    >
      <summary className="language-switch__summary">
        <svg className="language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9s1.3-6.3 3.8-9z" />
        </svg>
        <span>{t("language")}</span>
        <span className="language-switch__current" lang={locale}>
          {LOCALE_NAMES[locale]}
        </span>
      </summary>
      <ul className="language-switch__list" role="list">
        {locales.map((option) => (
          <li key={option}>
            {/* A plain link: another language is another document (its own lang and dir). */}
            <a href={`${getPathname({ href: pathname, locale: option })}${query ? `?${query}` : ""}`} lang={option} hrefLang={option} className="language-switch__link" aria-current={option === locale ? "page" : undefined}>
              {LOCALE_NAMES[option]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
