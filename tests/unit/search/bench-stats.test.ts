import { describe, expect, it } from "vitest";
import { formatMs, percentile, summarizeLatencies } from "@/scripts/lib/bench-stats";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("picks the value at the rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
  });

  it("is NaN without values", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarizeLatencies", () => {
  it("sorts first and reports count, p50, p95, p99 and max", () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(summarizeLatencies(values)).toEqual({ count: 200, p50: 100, p95: 190, p99: 198, max: 200 });
    expect(values[0]).toBe(200);
  });
});

describe("formatMs", () => {
  it("shows two decimals below 10 ms, one above, a dash for nothing", () => {
    expect(formatMs(1.234)).toBe("1.23");
    expect(formatMs(123.456)).toBe("123.5");
    expect(formatMs(Number.NaN)).toBe("–");
  });
});
