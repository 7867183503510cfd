import { describe, expect, it } from "vitest";
import { globalErrorTexts, secondLanguageOf } from "@/components/layout/global-error-texts";
import ar from "@/lib/i18n/messages/ar/detail.json";
import en from "@/lib/i18n/messages/en/detail.json";
import nl from "@/lib/i18n/messages/nl/detail.json";
import pl from "@/lib/i18n/messages/pl/detail.json";
import tr from "@/lib/i18n/messages/tr/detail.json";
import uk from "@/lib/i18n/messages/uk/detail.json";

// The last-resort error page carries its own copy of the ErrorPage words (to keep the message
// files out of every page's JavaScript): the copy must not drift from the messages.
describe("global error page texts", () => {
  it("are the ErrorPage messages of each language", () => {
    expect(globalErrorTexts).toEqual({ nl: nl.ErrorPage, en: en.ErrorPage, ar: ar.ErrorPage, tr: tr.ErrorPage, pl: pl.ErrorPage, uk: uk.ErrorPage });
  });
});

describe("the error page's second language", () => {
  it("is the one in the address, English on a Dutch page", () => {
    expect(["/ar/organisaties/x", "/tr", "/pl/wijken", "/uk/hulpwijzer", "/en", "/", "/organisaties/x", "/nl/x", "/xx/y", null].map(secondLanguageOf)).toEqual([
      "ar", "tr", "pl", "uk", "en", "en", "en", "en", "en", "en",
    ]);
  });
});
