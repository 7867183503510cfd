import type { Metadata } from "next";
import Link from "next/link";
import { PageFooter, Paragraph, SkipLink } from "@utrecht/component-library-react";
import "./utrecht.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sociale kaart schuldhulp Utrecht", template: "%s · Sociale kaart schuldhulp Utrecht" },
  description: "Waar vind je hulp bij geldzorgen in Utrecht? Formele en informele hulp op één kaart, zonder inloggen.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="utrecht-theme utrecht-document">
        <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
        <header className="site-header">
          <p className="site-header__title">
            <Link href="/">Sociale kaart schuldhulp Utrecht</Link>
          </p>
        </header>
        <main id="inhoud" className="site-main">
          {children}
        </main>
        <PageFooter>
          <Paragraph>Deze site gebruikt geen cookies en vraagt niets over jou.</Paragraph>
        </PageFooter>
      </body>
    </html>
  );
}
