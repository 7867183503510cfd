"use client";
// The header's menu. On a narrow screen its links fold away behind a button (a disclosure:
// aria-expanded, aria-controls; Escape closes it and puts focus back on the button). The
// server renders the button closed, as the browser will show it after hydration, so nothing
// below moves when the script arrives. Without JavaScript a <noscript> style hides the button
// and shows the links.
import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@utrecht/button-react";
import { isFullLocalePage } from "@/lib/i18n/full-locale-pages";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { FullLocaleLink } from "./full-locale-link";
import { currentOf, SITE_NAV_ITEMS } from "./site-nav-items";

const SITE_MENU_ID = "site-menu";

export function SiteNav() {
  const t = useTranslations("Site.nav");
  const pathname = usePathname();
  // Open on the page where it was opened: following a link (or the browser's back button)
  // closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpenOn(null);
    button.current?.focus();
  }

  return (
    <nav className="utrecht-nav-bar site-nav" aria-label={t("label")} onKeyDown={onKeyDown}>
      <div className="utrecht-nav-bar__content site-nav__content">
        <Button
          ref={button}
          appearance="secondary-action-button"
          className="site-nav__toggle"
          aria-expanded={open}
          aria-controls={SITE_MENU_ID}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <svg className="site-nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M3 6h18M3 12h18M3 18h18" />
          </svg>
          {t("menu")}
        </Button>
        <ul id={SITE_MENU_ID} role="list" className="utrecht-nav-list site-nav__list">
          {SITE_NAV_ITEMS.map((item) => {
            // Pages for professionals and organisations exist in nl and en only: from ar, tr,
            // pl or uk this link goes to the Dutch page (FullLocaleLink).
            const ItemLink = isFullLocalePage(item.href) ? FullLocaleLink : Link;
            return (
              <li key={item.href} className="utrecht-nav-list__item site-nav__item">
                <ItemLink
                  href={item.href}
                  className="utrecht-link utrecht-link--html-a utrecht-nav-list__link site-nav__link"
                  aria-current={currentOf(item.href, pathname)}
                  onClick={() => setOpenOn(null)}
                >
                  {t(item.label)}
                </ItemLink>
              </li>
            );
          })}
        </ul>
      </div>
      {/* Without JavaScript the button could not open the menu: show the links instead. */}
      <noscript>
        <style>{".site-nav__toggle { display: none !important; } .site-nav__list { display: flex !important; }"}</style>
      </noscript>
    </nav>
  );
}
