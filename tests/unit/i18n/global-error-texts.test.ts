import { describe, expect, it } from "vitest";
import { globalErrorTexts } from "@/components/layout/global-error-texts";
import en from "@/lib/i18n/messages/en/detail.json";
import nl from "@/lib/i18n/messages/nl/detail.json";

// The last-resort error page carries its own copy of the ErrorPage words (to keep the message
// files out of every page's JavaScript): the copy must not drift from the messages.
describe("global error page texts", () => {
  it("are the ErrorPage messages of each language", () => {
    expect(globalErrorTexts).toEqual({ nl: nl.ErrorPage, en: en.ErrorPage });
  });
});
