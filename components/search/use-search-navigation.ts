"use client";
// Client-side navigation for the search forms: the same URL the form would load without
// JavaScript, pushed onto the history so the back button returns to the previous search.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";
import { requestResultsFocus, RESULTS_HEADING_ID } from "@/lib/search-ui/focus-request";
import { canonicalQuery, hrefWithQuery } from "@/lib/search-ui/query-string";

export function useSearchNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (query: URLSearchParams) => {
      // The same search again: nothing to load, but the visitor still expects to land on
      // the results.
      if (canonicalQuery(query) === canonicalQuery(new URLSearchParams(current.toString()))) {
        document.getElementById(RESULTS_HEADING_ID)?.focus();
        return;
      }
      requestResultsFocus();
      // scroll: false, because focus moves to the result heading, which scrolls to it.
      startTransition(() => router.push(hrefWithQuery(pathname, query), { scroll: false }));
    },
    [router, pathname, current],
  );
  return { navigate, pending };
}
