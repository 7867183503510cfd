import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "@/lib/forms/issue-messages";
import enForms from "@/lib/i18n/messages/en/forms.json";
import nlForms from "@/lib/i18n/messages/nl/forms.json";
import { formDataToObject } from "@/lib/forms/form-data";
import { hoursSchema, LONG_SPAN_MINUTES, repeatOf, spanToConfirm } from "@/lib/listings/hours-schema";
import { exceptionSchema } from "@/lib/listings/exception-schema";
import { areaSchema, normaliseAreas } from "@/lib/listings/area-schema";
import { describeHoursRule, runsPastMidnight } from "@/lib/listings/hours-describe";

const base = { serviceId: "s1", serviceAtLocationId: "sal1", version: "3" };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the hours form schema", () => {
  it("turns 'repeat' into freq and weekOfMonth", () => {
    const parsed = hoursSchema.parse({
      ...base,
      rules: [
        { byDay: "SA", repeat: "1", opensAt: "10:00", closesAt: "12:30" },
        { byDay: "FR", repeat: "-1", opensAt: "14:00", closesAt: "16:00" },
        { byDay: "MO", repeat: "WEEKLY", opensAt: "09:00", closesAt: "17:00", description: "  " },
      ],
    });
    expect(parsed.version).toBe(3);
    expect(parsed.rules.map((rule) => [rule.byDay, rule.freq, rule.weekOfMonth, rule.description])).toEqual([
      ["SA", "MONTHLY", 1, null],
      ["FR", "MONTHLY", -1, null],
      ["MO", "WEEKLY", null, null],
    ]);
  });

  it("accepts an earlier closing time (past midnight) once confirmed, and refuses the same time", () => {
    expect(hoursSchema.safeParse({ ...base, rules: [{ byDay: "FR", repeat: "WEEKLY", opensAt: "19:00", closesAt: "01:00", confirmLong: "19:00-01:00" }] }).success).toBe(true);
    const same = hoursSchema.safeParse({ ...base, rules: [{ byDay: "FR", repeat: "WEEKLY", opensAt: "19:00", closesAt: "19:00" }] });
    expect(messages(same)).toEqual({ "rules.0.closesAt": "sameTimes" });
  });

  it("skips emptied and removed rows but keeps the row numbers of errors", () => {
    const data = new FormData();
    for (const [name, value] of [
      ["serviceId", "s1"],
      ["serviceAtLocationId", "sal1"],
      ["version", "1"],
      ["rules.0.byDay", "MO"],
      ["rules.0.opensAt", ""],
      ["rules.0.closesAt", ""],
      ["rules.1.byDay", "TU"],
      ["rules.1.opensAt", "09:00"],
      ["rules.1.closesAt", "10:00"],
      ["rules.1.remove", "on"],
      ["rules.2.byDay", "WE"],
      ["rules.2.opensAt", "9 uur"],
      ["rules.2.closesAt", "12:00"],
    ]) data.append(name, value);
    expect(messages(hoursSchema.safeParse(formDataToObject(data)))).toEqual({ "rules.2.opensAt": "time" });
    data.set("rules.2.opensAt", "09:00");
    const parsed = hoursSchema.parse(formDataToObject(data));
    expect(parsed.rules.map((rule) => rule.byDay)).toEqual(["WE"]);
  });

  it("has no rules when none are posted, and keeps a rule's season", () => {
    expect(hoursSchema.parse(base).rules).toEqual([]);
    const [rule] = hoursSchema.parse({ ...base, rules: [{ byDay: "MO", opensAt: "09:00", closesAt: "12:00", validTo: "2026-06-30" }] }).rules;
    expect(rule).toMatchObject({ freq: "WEEKLY", validFrom: null, validTo: "2026-06-30" });
  });

  it("maps stored rules back to the form's choice", () => {
    expect(repeatOf({ freq: "WEEKLY", weekOfMonth: null })).toBe("WEEKLY");
    expect(repeatOf({ freq: "MONTHLY", weekOfMonth: -1 })).toBe("-1");
    expect(repeatOf({ freq: "MONTHLY", weekOfMonth: 4 })).toBe("4");
  });
});

describe("times past midnight or longer than 12 hours ask to be confirmed", () => {
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  const rule = (opensAt: string, closesAt: string, confirmLong?: string) => ({ byDay: "FR", repeat: "WEEKLY", opensAt, closesAt, ...(confirmLong === undefined ? {} : { confirmLong }) });
  const parse = (...rules: ReturnType<typeof rule>[]) => hoursSchema.safeParse({ ...base, rules });
  /** The messages a coordinator reads, as the action and the browser make them. */
  function readable(result: ReturnType<typeof parse>, locale: "nl" | "en") {
    if (result.success) return {};
    const messages = locale === "nl" ? nlForms : enForms;
    const t = createTranslator({ locale, messages, namespace: "Forms" });
    return Object.fromEntries(
      Object.entries(fieldErrorsFrom(result.error, (key, values) => t(key as never, values as never), (key) => t.has(key as never))).map(([field, [message]]) => [field, message]),
    );
  }

  it("refuses Friday 16:00–09:30 unless confirmed, with a clear message on the confirmation box in the visitor's language", () => {
    const result = parse(rule("16:00", "09:30"));
    expect(messages(result)).toEqual({ "rules.0.confirmLong": "confirmOvernight" });
    expect(readable(result, "nl")).toEqual({
      "rules.0.confirmLong": "Deze tijden lopen door na middernacht, tot de volgende dag: 17 uur en 30 minuten achter elkaar open. Klopt dat? Vink dan 'Ja, dit klopt' aan. Klopt het niet? Pas de tijden aan.",
    });
    expect(readable(result, "en")).toEqual({
      "rules.0.confirmLong": "These times run past midnight into the next day: open for 17 hours and 30 minutes in a row. Is that right? Then tick 'Yes, this is right'. If not, change the times.",
    });
    const confirmed = parse(rule("16:00", "09:30", "16:00-09:30"));
    expect(confirmed.success && confirmed.data.rules).toEqual([
      { byDay: "FR", freq: "WEEKLY", weekOfMonth: null, opensAt: "16:00", closesAt: "09:30", description: null, validFrom: null, validTo: null },
    ]);
  });

  it("refuses more than 12 hours on one day unless confirmed; 12 hours exactly and ending at midnight need nothing", () => {
    expect(readable(parse(rule("07:00", "21:00")), "en")).toEqual({
      "rules.0.confirmLong": "This is open for 14 hours in a row, more than 12 hours. Is that right? Then tick 'Yes, this is right'. If not, change the times.",
    });
    expect(readable(parse(rule("08:00", "20:01")), "nl")["rules.0.confirmLong"]).toMatch(/^Dit is 12 uur en 1 minuut achter elkaar open/);
    expect(parse(rule("08:00", "20:00")).success).toBe(true);
    expect(parse(rule("19:00", "00:00")).success).toBe(true);
    expect(parse(rule("07:00", "21:00", "07:00-21:00")).success).toBe(true);
    // An unticked box (absent, or empty) is no confirmation, and neither is a tick for other times
    // (changed in a form without JavaScript, where nothing unticks it) or a bare "on".
    expect(parse(rule("07:00", "21:00", "")).success).toBe(false);
    expect(messages(parse(rule("07:00", "22:00", "07:00-21:00")))).toEqual({ "rules.0.confirmLong": "confirmLong" });
    expect(parse(rule("07:00", "21:00", "on")).success).toBe(false);
  });

  it("puts the message on the row it is about, among other rows", () => {
    const data = new FormData();
    for (const [name, value] of [
      ["serviceId", "s1"], ["serviceAtLocationId", "sal1"], ["version", "1"],
      ["rules.0.byDay", "MO"], ["rules.0.opensAt", "09:00"], ["rules.0.closesAt", "12:00"],
      ["rules.1.byDay", "FR"], ["rules.1.opensAt", "16:00"], ["rules.1.closesAt", "09:30"],
      ["rules.2.byDay", "SA"], ["rules.2.opensAt", "19:00"], ["rules.2.closesAt", "01:00"], ["rules.2.confirmLong", "19:00-01:00"],
    ]) data.append(name, value);
    expect(messages(hoursSchema.safeParse(formDataToObject(data)))).toEqual({ "rules.1.confirmLong": "confirmOvernight" });
    data.append("rules.1.confirmLong", "16:00-09:30");
    expect(hoursSchema.parse(formDataToObject(data)).rules).toHaveLength(3);
  });

  it("asks exactly when a span runs past midnight or is longer than 12 hours, for any pair of minutes (property)", () => {
    const minute = fc.integer({ min: 0, max: 1439 });
    fc.assert(
      fc.property(minute, minute, fc.boolean(), (opens, closes, confirmed) => {
        fc.pre(opens !== closes);
        const length = closes > opens ? closes - opens : closes + 1440 - opens;
        const overnight = closes < opens && closes > 0;
        const needsConfirming = overnight || length > LONG_SPAN_MINUTES;
        const result = parse(rule(clock(opens), clock(closes), confirmed ? `${clock(opens)}-${clock(closes)}` : undefined));
        expect(result.success).toBe(!needsConfirming || confirmed);
        if (!result.success) {
          expect(messages(result)).toEqual({ "rules.0.confirmLong": overnight ? "confirmOvernight" : "confirmLong" });
          // The message says how long, and never leaves a placeholder.
          const text = readable(result, "en")["rules.0.confirmLong"];
          expect(text).toContain(`${Math.floor(length / 60)} hour`);
          expect(text).not.toMatch(/[{}]/);
        }
        expect(spanToConfirm(clock(opens), clock(closes))).toEqual(needsConfirming ? { overnight, long: length > LONG_SPAN_MINUTES, hours: Math.floor(length / 60), minutes: length % 60 } : null);
      }),
      { numRuns: 500 },
    );
  });
});

describe("describing rules in the editor", () => {
  it("uses the public wording", () => {
    expect(describeHoursRule({ freq: "MONTHLY", byDay: "SA", weekOfMonth: 1, opensAt: "10:00", closesAt: "12:30" }, "nl")).toBe("eerste zaterdag van de maand 10:00–12:30");
    expect(describeHoursRule({ freq: "WEEKLY", byDay: "TU", weekOfMonth: null, opensAt: "09:00", closesAt: "12:00", validTo: "2026-06-30" }, "en")).toBe("Tuesday 09:00–12:00 (until 30 June 2026)");
  });

  it("knows when a span runs past midnight", () => {
    expect(runsPastMidnight("19:00", "01:00")).toBe(true);
    expect(runsPastMidnight("09:00", "17:00")).toBe(false);
    expect(runsPastMidnight("09:00", "")).toBe(false);
  });
});

describe("the exception form schema", () => {
  const place = { serviceId: "s1", serviceAtLocationId: "sal1" };

  it("makes an empty last day the first day, and drops times of a closed day", () => {
    expect(exceptionSchema.parse({ ...place, startDate: "2026-12-24", endDate: "", kind: "CLOSED", opensAt: "10:00", closesAt: "12:00", reason: "" })).toEqual({
      ...place,
      startDate: "2026-12-24",
      endDate: "2026-12-24",
      kind: "CLOSED",
      opensAt: null,
      closesAt: null,
      reason: null,
    });
  });

  it("needs both times for other hours, in a sensible order", () => {
    expect(messages(exceptionSchema.safeParse({ ...place, startDate: "2026-12-24", kind: "SPECIAL_HOURS", opensAt: "10:00" }))).toEqual({ closesAt: "required" });
    expect(messages(exceptionSchema.safeParse({ ...place, startDate: "2026-12-24", kind: "SPECIAL_HOURS", opensAt: "10:00", closesAt: "10:00" }))).toEqual({ closesAt: "closesBeforeOpens" });
    expect(exceptionSchema.parse({ ...place, startDate: "2026-12-24", kind: "SPECIAL_HOURS", opensAt: "20:00", closesAt: "02:00" })).toMatchObject({ opensAt: "20:00", closesAt: "02:00" });
  });

  it("refuses an end before the start and dates that do not exist", () => {
    expect(messages(exceptionSchema.safeParse({ ...place, startDate: "2026-12-24", endDate: "2026-12-23" }))).toEqual({ endDate: "endBeforeStart" });
    expect(messages(exceptionSchema.safeParse({ ...place, startDate: "2026-02-29" }))).toEqual({ startDate: "date" });
  });
});

describe("the area form schema", () => {
  it("reads ticked boxes, none meaning the whole city", () => {
    expect(areaSchema.parse({ serviceId: "s1", version: "2" })).toEqual({ serviceId: "s1", version: 2, wijkCodes: [], buurtCodes: [] });
    expect(areaSchema.parse({ serviceId: "s1", version: "2", wijkCodes: "WK034403" }).wijkCodes).toEqual(["WK034403"]);
    expect(areaSchema.safeParse({ serviceId: "s1", version: "2", buurtCodes: ["overvecht"] }).success).toBe(false);
  });

  it("drops buurten inside a whole wijk and doubles, and sorts", () => {
    const wijkOf = new Map([
      ["BU03440311", "WK034403"],
      ["BU03440411", "WK034404"],
    ]);
    expect(normaliseAreas({ wijkCodes: ["WK034407", "WK034403", "WK034403"], buurtCodes: ["BU03440411", "BU03440311", "BU03440411"] }, wijkOf)).toEqual({
      wijkCodes: ["WK034403", "WK034407"],
      buurtCodes: ["BU03440411"],
    });
  });
});
