// The pages the header links to, in order, and the message (Site.nav.<label>) that names each.
// A page joins the header by adding its line here. The help finder comes first: it is where a
// resident who does not know where to start begins.
export type SiteNavLabel = "helpFinder" | "map" | "referral" | "wijken" | "manage";

export const SITE_NAV_ITEMS: readonly { href: string; label: SiteNavLabel }[] = [
  { href: "/hulpwijzer", label: "helpFinder" },
  { href: "/", label: "map" },
  { href: "/verwijzen", label: "referral" },
  { href: "/wijken", label: "wijken" },
  { href: "/beheer", label: "manage" },
];

/**
 * "page" on the page a link goes to, "true" anywhere below it (a wijk under /wijken, a form
 * under /beheer): screen readers say "current page" or "current", and the link looks chosen.
 * The map is only "/": every page is below it.
 */
export function currentOf(href: string, pathname: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (href !== "/" && pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}
