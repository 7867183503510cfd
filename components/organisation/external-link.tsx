import type { ReactNode } from "react";
import { isWebUrl } from "@/lib/organisations/contact-links";

/**
 * A plain link to another site: it opens in the same tab and nothing is loaded from that site
 * until the visitor follows it. `noreferrer` keeps the page they came from to themselves.
 * A stored URL that is not http(s) is shown as text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebUrl(href)) return <>{children}</>;
  return (
    <a href={href} className="utrecht-link external-link" rel="external noreferrer">
      {children}
    </a>
  );
}
