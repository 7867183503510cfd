// The map layer lives in the URL: ?fase=… or ?dag=…, anything else falls back with a note.
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICE, parseMapChoice } from "../../lib/gaps/choice";

describe("parseMapChoice", () => {
  it("reads a phase", () => {
    expect(parseMapChoice({ fase: "nazorg" })).toEqual({ choice: { kind: "phase", phase: "NAZORG" }, invalid: false });
  });

  it("reads a weekday by its Dutch abbreviation, in any case and with spaces", () => {
    expect(parseMapChoice({ dag: " DI " })).toEqual({ choice: { kind: "day", day: "TU" }, invalid: false });
    expect(parseMapChoice({ dag: "zo" }).choice).toEqual({ kind: "day", day: "SU" });
  });

  it("shows the first phase without a choice, and says so only when a value was not understood", () => {
    expect(parseMapChoice({})).toEqual({ choice: DEFAULT_CHOICE, invalid: false });
    expect(parseMapChoice({ fase: "" })).toEqual({ choice: DEFAULT_CHOICE, invalid: false });
    expect(parseMapChoice({ fase: "NAZORG2" })).toEqual({ choice: DEFAULT_CHOICE, invalid: true });
    expect(parseMapChoice({ dag: "tu" })).toEqual({ choice: DEFAULT_CHOICE, invalid: true });
  });

  it("takes the first of repeated values, and the phase when both are given", () => {
    expect(parseMapChoice({ fase: ["oplossen", "nazorg"] }).choice).toEqual({ kind: "phase", phase: "OPLOSSEN" });
    expect(parseMapChoice({ fase: "toeleiden", dag: "ma" }).choice).toEqual({ kind: "phase", phase: "TOELEIDEN" });
    expect(parseMapChoice({ fase: "onzin", dag: "ma" })).toEqual({ choice: { kind: "day", day: "MO" }, invalid: true });
  });
});
