"use client";
// In the embedded map, the popups' links to an organisation are built by the map itself and
// followed inside the page (components/map/popup-content.ts). In a partner's frame they should
// open our site in a new tab instead, like every other link there: one listener, in the
// capture phase so it runs before the popup's own. Links to /embed (the list's pages) stay.
import { useEffect } from "react";

function isEmbedHref(url: URL): boolean {
  return /^(?:\/[a-z]{2})?\/embed(?:\/|$)/.test(url.pathname);
}

export function LinksLeaveFrame() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank") return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || isEmbedHref(url)) return;
      event.preventDefault();
      event.stopPropagation();
      window.open(url.href, "_blank", "noopener");
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);
  return null;
}
