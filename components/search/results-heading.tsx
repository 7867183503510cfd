"use client";
// The result count heading. After a search the visitor started, focus lands here, so a
// screen reader says how much was found and the next Tab goes into the results.
import { useEffect, useRef } from "react";
import { Heading2 } from "@/components/utrecht/client";
import { takeResultsFocusRequest } from "@/lib/search-ui/focus-request";

export function ResultsHeading({ id, searchKey, children }: { id: string; searchKey: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeResultsFocusRequest()) ref.current?.focus();
  }, [searchKey]);
  return (
    <Heading2 id={id} ref={ref} tabIndex={-1} className="results-heading">
      {children}
    </Heading2>
  );
}
