import { describe, expect, it } from "vitest";
import type { HoursException, ScheduleRule } from "@/lib/hours/types";
import {
  buildClientHandout,
  defaultHandoutLocale,
  HANDOUT_LIMITS,
  handoutMoreUrl,
  weekDays,
  type HandoutInput,
  type HandoutSource,
} from "@/lib/referral-helper/handout";
import { handoutMessages, handoutTranslator } from "@/lib/referral-helper/handout-messages";
import { parseHandoutParams } from "@/lib/referral-helper/handout-params";
import type { Group } from "@/lib/referral-helper/rank";
import { parseHelperQuery } from "@/lib/referral-helper/params";

// Monday 7 December 2026, 11:00 in Utrecht.
const NOW = new Date("2026-12-07T10:00:00Z");
const ORIGIN = "https://kaart.example";
const BUURT = { code: "BU03440832", name: "Kanaleneiland-Noord" };

const weekly = (byDay: ScheduleRule["byDay"], opensAt: string, closesAt: string): ScheduleRule => ({
  freq: "WEEKLY",
  byDay,
  weekOfMonth: null,
  opensAt,
  closesAt,
  validFrom: null,
  validTo: null,
  description: null,
});

/**
 * A helper result as queries.ts returns it, with everything a professional sees: reasons,
 * hand-over agreements with a professional's direct line, e-mail and website. The handout
 * must leave all of that out.
 */
function result(id: string, group: Group, hours: ScheduleRule[] = [weekly("MO", "09:00", "12:00")]): HandoutSource {
  const full = {
    group,
    reasons: [{ code: "formalRoute" }],
    handovers: [
      {
        id: `link-${id}`,
        whenToRefer: "GEHEIM-WANNEER",
        handoverSteps: ["GEHEIM-STAP bel eerst de coördinator"],
        whatToBring: "GEHEIM-MEENEMEN",
        professionalContact: "GEHEIM-DIRECTE-LIJN 06 99999999",
        contactRole: "GEHEIM-ROL",
        fromOwnOrganisation: true,
      },
    ],
    item: {
      id,
      service: { name: `Dienst ${id}`, eligibility: "GEHEIM-VOORWAARDE", description: "GEHEIM-OMSCHRIJVING" },
      organization: { slug: `org-${id}`, name: `Organisatie ${id}` },
      location: { name: `Plek ${id}`, address1: `Straat ${id}`, postalCode: "3527 AB", city: "Utrecht" },
    },
    contact: { phone: `030 000 ${id}`, email: "GEHEIM@example.org", website: "https://geheim.example", hours },
  };
  return full;
}

async function input(overrides: Partial<HandoutInput> = {}): Promise<HandoutInput> {
  const locale = overrides.locale ?? "nl";
  return {
    results: [result("t1", "buurtteam"), result("t2", "buurtteam"), result("t3", "buurtteam"), ...["1", "2", "3", "4", "5", "6", "7", "8"].map((id) => result(id, "near"))],
    exceptions: new Map(),
    chosen: null,
    query: parseHelperQuery({ adres: "Marshallaan 2", nodig: ["voedselnood"], spoed: "vandaag", taal: "ar" }),
    buurt: BUURT,
    locale,
    origin: ORIGIN,
    now: NOW,
    t: await handoutTranslator(locale),
    ...overrides,
  };
}

describe("the client's handout", () => {
  it("holds only what the client needs: no reasons, agreements, professional lines or e-mail", async () => {
    const handout = buildClientHandout(await input());
    const text = JSON.stringify(handout);
    expect(text).not.toContain("GEHEIM");
    expect(text).not.toContain("formalRoute");
    const place = handout.places[0];
    expect(Object.keys(place).sort()).toEqual(["address", "days", "hoursNote", "id", "name", "organisation", "phone", "shortUrl", "url"]);
    expect(place).toMatchObject({
      name: "Dienst 1",
      organisation: "Organisatie 1",
      address: "Straat 1, 3527 AB Utrecht",
      phone: "030 000 1",
      url: `${ORIGIN}/organisaties/org-1`,
    });
  });

  it("keeps to two pages: at most six places and two buurtteams, and says there is more", async () => {
    const handout = buildClientHandout(await input());
    expect(HANDOUT_LIMITS.places).toBe(6);
    expect(handout.places.map((p) => p.id)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(handout.buurtteams.map((p) => p.id)).toEqual(["t1", "t2"]);
    expect(handout.truncated).toBe(true);
    expect(handout.gemeente.phone).toBe("14 030");
  });

  it("shows only the places the professional left ticked, in the helper's order; buurtteams always", async () => {
    const handout = buildClientHandout(await input({ chosen: ["7", "2", "t1", "onbekend"] }));
    expect(handout.places.map((p) => p.id)).toEqual(["2", "7"]);
    expect(handout.buurtteams.map((p) => p.id)).toEqual(["t1", "t2"]);
    expect(handout.truncated).toBe(false);
  });

  it("links to the map of the client's buurt in the sheet's language, not to the professional's helper, never with the address", async () => {
    const handout = buildClientHandout(await input());
    expect(handout.moreUrl).toBe(`${ORIGIN}/?buurt=BU03440832`);
    expect(handout.moreUrl).not.toContain("Marshallaan");
    expect(handoutMoreUrl(ORIGIN, "tr", "BU03440832")).toBe("https://kaart.example/tr?buurt=BU03440832");
  });

  it("is in the chosen language: Arabic right to left, with listing links in Arabic and Western digits", async () => {
    const handout = buildClientHandout(await input({ locale: "ar" }));
    expect(handout.locale).toBe("ar");
    expect(handout.dir).toBe("rtl");
    expect(handout.places[0].url).toBe(`${ORIGIN}/ar/organisaties/org-1`);
    expect(handout.places[0].days[0]).toEqual({ day: "الاثنين، 7 ديسمبر", times: "09:00–12:00" });
    const ukrainian = buildClientHandout(await input({ locale: "uk" }));
    expect(ukrainian.dir).toBe("ltr");
    expect(ukrainian.places[0].days[0].day).toBe("понеділок, 7 грудня");
  });

  it("defaults to the client's language when the site speaks it, else the page's", () => {
    expect(defaultHandoutLocale("ar", "nl")).toBe("ar");
    expect(defaultHandoutLocale("tr", "en")).toBe("tr");
    expect(defaultHandoutLocale("so", "en")).toBe("en");
    expect(defaultHandoutLocale(null, "nl")).toBe("nl");
  });

  it("uses the translators' texts for a resident language when there are any, else English", async () => {
    const english = (await handoutMessages("en")) as { Print: { clientHandout: Record<string, unknown> } };
    for (const locale of ["ar", "tr", "pl", "uk"] as const) {
      const messages = (await handoutMessages(locale)) as { Print: { clientHandout: Record<string, unknown> } };
      expect(Object.keys(messages.Print.clientHandout).sort()).toEqual(Object.keys(english.Print.clientHandout).sort());
    }
    const dutch = (await handoutMessages("nl")) as { Print: { clientHandout: Record<string, unknown> } };
    expect(Object.keys(dutch.Print.clientHandout).sort()).toEqual(Object.keys(english.Print.clientHandout).sort());
  });
});

describe("this week's times on the handout", () => {
  it("lists the open days of the coming seven, and a day closed that would be open", async () => {
    const t = await handoutTranslator("nl");
    const rules = [weekly("MO", "09:00", "12:00"), weekly("TH", "13:00", "16:00"), weekly("TH", "18:00", "20:00")];
    const studiedag: HoursException = {
      startDate: new Date("2026-12-10T00:00:00Z"),
      endDate: new Date("2026-12-10T00:00:00Z"),
      kind: "CLOSED",
      opensAt: null,
      closesAt: null,
      reason: "Studiedag",
    };
    expect(weekDays(rules, [], NOW, "nl", t)).toEqual({
      days: [
        { day: "maandag 7 december", times: "09:00–12:00" },
        { day: "donderdag 10 december", times: "13:00–16:00, 18:00–20:00" },
      ],
      hoursNote: null,
    });
    expect(weekDays(rules, [studiedag], NOW, "nl", t).days[1]).toEqual({ day: "donderdag 10 december", times: "gesloten (Studiedag)" });
    // The reason is a Dutch note: not put in a Polish sentence.
    const polish = weekDays(rules, [studiedag], NOW, "pl", await handoutTranslator("pl"));
    expect(polish.days[1].times).not.toContain("Studiedag");
  });

  it("puts days in a row with the same times on one line", async () => {
    const t = await handoutTranslator("nl");
    const office = (["MO", "TU", "WE", "TH", "FR"] as const).map((day) => weekly(day, "08:30", "17:00"));
    expect(weekDays([...office, weekly("SA", "10:00", "12:00")], [], NOW, "nl", t).days).toEqual([
      { day: "maandag 7 december t/m vrijdag 11 december", times: "08:30–17:00" },
      { day: "zaterdag 12 december", times: "10:00–12:00" },
    ]);
  });

  it("says so when there are no fixed times, or none this week", async () => {
    const t = await handoutTranslator("en");
    expect(weekDays([], [], NOW, "en", t)).toEqual({ days: [], hoursNote: "No fixed times. Call to make an appointment." });
    const past = { ...weekly("MO", "09:00", "12:00"), validTo: new Date("2026-11-30T00:00:00Z") };
    expect(weekDays([past], [], NOW, "en", t)).toEqual({ days: [], hoursNote: "Not open this week. Call or see the website." });
  });
});

describe("the handout's own query parameters", () => {
  it("reads the language and the ticked places", () => {
    expect(parseHandoutParams({ handouttaal: "AR", plek: ["a1", "b2", "a1"] })).toEqual({ ok: true, params: { locale: "ar", places: ["a1", "b2"] } });
    expect(parseHandoutParams({})).toEqual({ ok: true, params: { locale: null, places: [] } });
  });

  it("refuses a language the site does not speak, odd ids and too many places, with a field message", () => {
    expect(parseHandoutParams({ handouttaal: "xx" })).toEqual({ ok: false, errors: { handouttaal: "invalidLanguage" } });
    expect(parseHandoutParams({ plek: "<script>" })).toEqual({ ok: false, errors: { plek: "invalidPlace" } });
    expect(parseHandoutParams({ plek: Array.from({ length: 500 }, (_, i) => `p${i}`) })).toEqual({ ok: false, errors: { plek: "tooManyPlaces" } });
    expect(parseHandoutParams({ handouttaal: "a".repeat(100_000) })).toEqual({ ok: false, errors: { handouttaal: "invalidLanguage" } });
  });
});
