// The snippet page's choices become an /embed address and the <iframe> code: only known
// values, the map page's filter names, escaped for HTML.
import { describe, expect, it } from "vitest";
import { embedPath, iframeCode, parseEmbedChoice, publicOrigin } from "@/lib/embed/snippet";

const OPTIONS = { wijken: ["overvecht", "zuid"], categories: ["schuldhulp", "voedsel"], languages: ["ar", "tr"] };

function choice(query: string, pageLocale: "nl" | "en" = "nl") {
  return parseEmbedChoice(new URLSearchParams(query), OPTIONS, pageLocale);
}

describe("parseEmbedChoice", () => {
  it("takes known values and the page's own language by default", () => {
    expect(choice("wijk=overvecht&category=voedsel&lang=ar&open=now&kaart=1", "en")).toEqual({
      locale: "en",
      wijk: "overvecht",
      category: "voedsel",
      lang: "ar",
      openNow: true,
      map: true,
    });
  });

  it("leaves out what does not exist, is too long or is noise from the form", () => {
    expect(choice(`wijk=atlantis&category=${"x".repeat(5000)}&lang=&open=yes&kaart=0&paginataal=xx`)).toEqual({
      locale: "nl",
      wijk: null,
      category: null,
      lang: null,
      openNow: false,
      map: false,
    });
  });

  it("lets the partner choose the language of the embedded texts", () => {
    expect(choice("paginataal=ar").locale).toBe("ar");
  });
});

describe("embedPath and iframeCode", () => {
  it("uses the map page's filter names, Dutch without prefix", () => {
    expect(embedPath(choice(""))).toBe("/embed");
    expect(embedPath(choice("wijk=overvecht&open=now"))).toBe("/embed?wijk=overvecht&open=now");
    expect(embedPath(choice("paginataal=tr&category=schuldhulp&kaart=1"))).toBe("/tr/embed?category=schuldhulp&kaart=1");
  });

  it("writes a titled, lazy frame with the address escaped for HTML", () => {
    const code = iframeCode("https://kaart.example.nl", choice("wijk=overvecht&lang=ar"), 'Hulp "bij" geld & zorgen');
    expect(code).toBe(
      '<iframe src="https://kaart.example.nl/embed?wijk=overvecht&amp;lang=ar" title="Hulp &quot;bij&quot; geld &amp; zorgen" width="100%" height="600" style="border: 0" loading="lazy"></iframe>',
    );
    expect(iframeCode("https://k.nl", choice("kaart=1"), "t")).toContain('height="1000"');
  });
});

describe("publicOrigin", () => {
  it("prefers the configured public address, else the request's plain host", () => {
    expect(publicOrigin("https://socialekaart.utrecht.nl/pad", "evil.example", false)).toBe("https://socialekaart.utrecht.nl");
    expect(publicOrigin(undefined, "127.0.0.1:3000", false)).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(undefined, "kaart.example.nl", true)).toBe("https://kaart.example.nl");
    expect(publicOrigin(undefined, 'x"><script>', true)).toBe("https://localhost");
  });
});
