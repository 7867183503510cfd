// The 404 for requests that never reach a language (app/[locale]/not-found.tsx handles the
// rest). The root layout has no <html>, so this page brings its own, and since the language
// is unknown it speaks both. Its words come from the same message files as the site, and its
// links are next/link ones: outside a language segment there is no i18n router.
import type { Metadata } from "next";
import Link from "next/link";
import en from "@/lib/i18n/messages/en/detail.json";
import nl from "@/lib/i18n/messages/nl/detail.json";
import "./utrecht.css";
import "./globals.css";
import "./styles/detail.css";

export const metadata: Metadata = { title: `${nl.NotFoundPage.metaTitle} / ${en.NotFoundPage.metaTitle}` };

export default function RootNotFound() {
  return (
    <html lang="nl">
      <body className="utrecht-theme utrecht-document">
        <main className="site-main message-page">
          <h1 className="utrecht-heading-1">{nl.NotFoundPage.title}</h1>
          <p className="utrecht-paragraph utrecht-paragraph--lead">{nl.NotFoundPage.lead}</p>
          <ul className="message-page__links">
            <li>
              <Link href="/" className="utrecht-link">
                {nl.NotFoundPage.toMap}
              </Link>
            </li>
            <li>
              <Link href="/wijken" className="utrecht-link">
                {nl.NotFoundPage.toWijken}
              </Link>
            </li>
          </ul>
          <section lang="en" className="message-page__other-language">
            <h2 className="utrecht-heading-2">{en.NotFoundPage.title}</h2>
            <p className="utrecht-paragraph">{en.NotFoundPage.lead}</p>
            <ul className="message-page__links">
              <li>
                <Link href="/en" className="utrecht-link">
                  {en.NotFoundPage.toMap}
                </Link>
              </li>
              <li>
                <Link href="/en/wijken" className="utrecht-link">
                  {en.NotFoundPage.toWijken}
                </Link>
              </li>
            </ul>
          </section>
        </main>
      </body>
    </html>
  );
}
