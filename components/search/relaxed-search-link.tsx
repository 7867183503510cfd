"use client";
// A link to the same search with one filter left out. A plain link without JavaScript; with
// it, focus lands on the result heading after the new search, as after the filter form, so a
// screen reader hears what the new search found instead of losing its place.
import NextLink from "next/link";
import { requestResultsFocus } from "@/lib/search-ui/focus-request";

export function RelaxedSearchLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <NextLink href={href} scroll={false} onClick={requestResultsFocus} className="utrecht-link utrecht-link--html-a">
      {children}
    </NextLink>
  );
}
