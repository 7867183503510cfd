// Pages for professionals and organisations exist in Dutch and English only: under a
// resident-only language (/ar, /tr, /pl, /uk) proxy.ts sends them to the Dutch page, keeping
// path and query; residents' pages, the API and the PDFs keep their address in all six.
import { describe, expect, it } from "vitest";
import { fullLocaleAlternates, fullLocaleRedirect, isFullLocalePage, withoutLocale } from "@/lib/i18n/full-locale-pages";

describe("nl/en-only pages under a resident-only language", () => {
  it.each([
    ["/ar/beheer", "", "/beheer"],
    ["/tr/beheer/inloggen", "?next=%2Fbeheer", "/beheer/inloggen?next=%2Fbeheer"],
    ["/pl/verwijzen", "?buurt=BU03440101&need=letters", "/verwijzen?buurt=BU03440101&need=letters"],
    ["/uk/netwerk", "", "/netwerk"],
    ["/ar/netwerken/overvecht", "", "/netwerken/overvecht"],
    ["/ar/dev/mailbox", "", "/dev/mailbox"],
    ["/ar/verwijzen/", "", "/verwijzen/"],
  ])("%s%s goes to %s", (pathname, search, target) => {
    expect(fullLocaleRedirect(pathname, search)).toBe(target);
  });

  it.each([
    "/",
    "/ar",
    "/ar/",
    "/ar/wijken",
    "/ar/wijken/overvecht/wijkkaart.pdf",
    "/tr/organisaties/geldcafe-lunetten",
    "/pl/organisaties/geldcafe-lunetten/folder.pdf",
    "/uk/hulpwijzer",
    "/ar/verwijzenlijst",
    "/ar/beheerder",
    "/en/beheer",
    "/nl/beheer",
    "/beheer",
    "/verwijzen",
    "/api/v1/services",
    "/xx/beheer",
  ])("%s stays where it is", (pathname) => {
    expect(fullLocaleRedirect(pathname, "?q=1")).toBeNull();
  });

  it("knows the nl/en-only pages by their first segment", () => {
    expect(isFullLocalePage("/beheer")).toBe(true);
    expect(isFullLocalePage("/beheer/organisaties/x")).toBe(true);
    expect(isFullLocalePage("/netwerken")).toBe(true);
    expect(isFullLocalePage("/")).toBe(false);
    expect(isFullLocalePage("/wijken/overvecht")).toBe(false);
    expect(isFullLocalePage("/organisaties/beheer")).toBe(false);
    // The developers' page is nl/en only; its snippet page for partners' web editors speaks all six.
    expect(isFullLocalePage("/ontwikkelaars")).toBe(true);
    expect(isFullLocalePage("/ontwikkelaars/")).toBe(true);
    expect(isFullLocalePage("/ontwikkelaars/insluiten")).toBe(false);
    expect(fullLocaleRedirect("/ar/ontwikkelaars", "")).toBe("/ontwikkelaars");
    expect(fullLocaleRedirect("/ar/ontwikkelaars/insluiten", "")).toBeNull();
  });
});

describe("alternate languages of a nl/en-only page", () => {
  it("strips the language from a path", () => {
    expect(withoutLocale("/ar/beheer")).toBe("/beheer");
    expect(withoutLocale("/en")).toBe("/");
    expect(withoutLocale("/wijken/zuid")).toBe("/wijken/zuid");
    expect(withoutLocale("/arx/beheer")).toBe("/arx/beheer");
  });

  it("names only Dutch, English and the default in the Link header", () => {
    const entry = (url: string, lang: string) => `<${url}>; rel="alternate"; hreflang="${lang}"`;
    const all = ["nl", "en", "ar", "tr", "pl", "uk"].map((lang) => entry(`https://kaart.example${lang === "nl" ? "" : `/${lang}`}/beheer`, lang));
    const header = [...all, entry("https://kaart.example/beheer", "x-default")].join(", ");
    expect(fullLocaleAlternates(header)).toBe(
      [entry("https://kaart.example/beheer", "nl"), entry("https://kaart.example/en/beheer", "en"), entry("https://kaart.example/beheer", "x-default")].join(", "),
    );
  });
});
