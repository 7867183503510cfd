"use client";
// Last resort when even the site's layout fails. It replaces the root layout, so it brings its
// own <html> and <body>, and it cannot rely on next-intl (its provider lives in that layout):
// it speaks Dutch and the language of the page's address (English on a Dutch page), with its own
// copy of the ErrorPage words (see global-error-texts.ts for why not the message files).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { globalErrorTexts, secondLanguageOf } from "@/components/layout/global-error-texts";
import { directionOf } from "@/lib/i18n/routing";
import "./utrecht.css";
import "./globals.css";
import "./styles/detail.css";

const { nl } = globalErrorTexts;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const second = secondLanguageOf(usePathname());
  const other = globalErrorTexts[second];
  useEffect(() => {
    // Only the digest: it matches the server log without showing internals to the visitor.
    const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
    console.error("Pagina kon niet worden geladen", digest ?? "");
  }, [error]);
  return (
    <html lang="nl">
      <body className="utrecht-theme utrecht-document">
        <title>{`${nl.title} / ${other.title}`}</title>
        <main className="site-main message-page">
          <h1 className="utrecht-heading-1">{nl.title}</h1>
          <p className="utrecht-paragraph utrecht-paragraph--lead">{nl.lead}</p>
          <section lang={second} dir={directionOf(second)} className="message-page__other-language">
            <h2 className="utrecht-heading-2">{other.title}</h2>
            <p className="utrecht-paragraph">{other.lead}</p>
          </section>
          <p className="message-page__actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => retry()}>
              {nl.retry} /{" "}
              <span lang={second} dir={directionOf(second)}>
                {other.retry}
              </span>
            </button>{" "}
            <Link href="/" className="utrecht-link">
              {nl.toMap}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
