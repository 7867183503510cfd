// Shaping the counted rows: every wijk × phase/day present (a missing row is a gap, 0), and
// the one-line summaries per weekday and phase.
import { describe, expect, it } from "vitest";
import { joinNames, phaseCoverage, phaseSummaries, walkInCoverage, weekdaySummaries } from "../../lib/gaps/coverage";
import { staleByWijk } from "../../lib/gaps/stale";
import { mapValues } from "../../lib/gaps/map-values";

const WIJKEN = [
  { code: "WK034409", name: "Leidsche Rijn", slug: "leidsche-rijn" },
  { code: "WK034403", name: "Overvecht", slug: "overvecht" },
  { code: "WK034410", name: "Vleuten-De Meern", slug: "vleuten-de-meern" },
];

describe("phaseCoverage", () => {
  it("fills every wijk × phase, keeps the wijk order, and ignores unknown wijken", () => {
    const rows = phaseCoverage(WIJKEN, [
      { wijkCode: "WK034403", phase: "NAZORG", local: 3, cityWide: 5 },
      { wijkCode: "WK034409", phase: "SIGNALEREN", local: 0, cityWide: 7 },
      { wijkCode: "WK999999", phase: "NAZORG", local: 9, cityWide: 9 },
    ]);
    expect(rows.map((row) => row.wijk.name)).toEqual(["Leidsche Rijn", "Overvecht", "Vleuten-De Meern"]);
    expect(rows[1].cells.NAZORG).toEqual({ local: 3, cityWide: 5 });
    expect(rows[1].cells.OPLOSSEN).toEqual({ local: 0, cityWide: 0 });
    expect(rows[0].cells.SIGNALEREN).toEqual({ local: 0, cityWide: 7 });
    expect(Object.keys(rows[2].cells)).toEqual(["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "OPLOSSEN", "NAZORG"]);
  });

  it("names per phase the wijken without local help, however much city-wide help there is", () => {
    const rows = phaseCoverage(WIJKEN, [
      { wijkCode: "WK034403", phase: "NAZORG", local: 3, cityWide: 5 },
      { wijkCode: "WK034409", phase: "NAZORG", local: 0, cityWide: 20 },
      ...WIJKEN.map((w) => ({ wijkCode: w.code, phase: "SIGNALEREN" as const, local: 1, cityWide: 0 })),
    ]);
    const summaries = phaseSummaries(rows);
    expect(summaries.find((s) => s.phase === "NAZORG")).toEqual({ phase: "NAZORG", without: ["Leidsche Rijn", "Vleuten-De Meern"], wijken: 3 });
    expect(summaries.find((s) => s.phase === "SIGNALEREN")?.without).toEqual([]);
    expect(summaries.find((s) => s.phase === "OPLOSSEN")?.without).toHaveLength(3);
  });
});

describe("walk-in per weekday", () => {
  const coverage = walkInCoverage(WIJKEN, [
    { wijkCode: "WK034403", day: "TU", weekly: 5, sometimes: 0 },
    { wijkCode: "WK034409", day: "TU", weekly: 0, sometimes: 1 },
    { wijkCode: "WK034403", day: "SA", weekly: 1, sometimes: 2 },
  ]);

  it("fills all seven days with zeros where nothing was counted", () => {
    expect(Object.keys(coverage[0].cells)).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(coverage[1].cells.TU).toEqual({ weekly: 5, sometimes: 0 });
    expect(coverage[2].cells.TU).toEqual({ weekly: 0, sometimes: 0 });
    expect(coverage[1].cells.SA).toEqual({ weekly: 1, sometimes: 2 });
  });

  it("says per weekday where there is no walk-in, and where only sometimes", () => {
    const summaries = weekdaySummaries(coverage);
    expect(summaries.map((s) => s.day)).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(summaries[1]).toEqual({ day: "TU", without: ["Vleuten-De Meern"], onlySometimes: ["Leidsche Rijn"], wijken: 3 });
    expect(summaries[0].without).toEqual(["Leidsche Rijn", "Overvecht", "Vleuten-De Meern"]);
  });

  it("joins names the way each language lists them", () => {
    expect(joinNames(["Vleuten-De Meern", "Leidsche Rijn"], "nl")).toBe("Vleuten-De Meern en Leidsche Rijn");
    expect(joinNames(["Zuid", "Oost", "West"], "nl")).toBe("Zuid, Oost en West");
    expect(joinNames(["Zuid", "Oost", "West"], "en")).toBe("Zuid, Oost, and West");
    expect(joinNames(["Zuid"], "nl")).toBe("Zuid");
  });

  it("gives the map the local count for a phase, and weekly plus sometimes for a day", () => {
    const phases = phaseCoverage(WIJKEN, [{ wijkCode: "WK034403", phase: "NAZORG", local: 3, cityWide: 5 }]);
    expect(mapValues({ kind: "phase", phase: "NAZORG" }, phases, coverage).get("WK034403")).toEqual({ count: 3, sometimes: 0 });
    expect(mapValues({ kind: "phase", phase: "NAZORG" }, phases, coverage).get("WK034409")).toEqual({ count: 0, sometimes: 0 });
    expect(mapValues({ kind: "day", day: "TU" }, phases, coverage).get("WK034409")).toEqual({ count: 0, sometimes: 1 });
    expect(mapValues({ kind: "day", day: "SA" }, phases, coverage).get("WK034403")).toEqual({ count: 1, sometimes: 2 });
  });
});

describe("staleByWijk", () => {
  it("puts every wijk in, zero where nothing is stale, with the rows without a wijk and the total apart", () => {
    const stale = staleByWijk(WIJKEN, [
      { wijkCode: "WK034403", isTotal: false, count: 2 },
      { wijkCode: null, isTotal: false, count: 1 },
      { wijkCode: null, isTotal: true, count: 3 },
    ]);
    expect(stale).toEqual({
      rows: [
        { wijk: WIJKEN[0], count: 0 },
        { wijk: WIJKEN[1], count: 2 },
        { wijk: WIJKEN[2], count: 0 },
      ],
      withoutWijk: 1,
      total: 3,
    });
  });
});
