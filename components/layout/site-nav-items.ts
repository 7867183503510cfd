// The pages the header links to, in order, and the message (Site.nav.<label>) that names each.
// A page joins the header by adding its line here; the help finder's label, helpFinder, is
// already translated for when /hulpwijzer exists.
export type SiteNavLabel = "helpFinder" | "map" | "referral" | "wijken" | "manage";

export const SITE_NAV_ITEMS: readonly { href: string; label: SiteNavLabel }[] = [
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
