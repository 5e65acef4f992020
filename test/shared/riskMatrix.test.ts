import { describe, expect, it } from "vitest";
import { needsApprovalToAccept, RISK_LEVELS, RISK_MATRIX, riskLevel, riskLevelOrNull, riskLevelRank, type RiskLevel } from "../../src/shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE, RATINGS, type Rating } from "../../src/shared/risk/riskScale";
import { riskScales } from "../../src/shared/risk/riskScales";

/** Every cell, written out independently of the table in riskMatrix.ts: [likelihood, impact, level]. */
const CELLS: ReadonlyArray<[Rating, Rating, RiskLevel]> = [
  [1, 1, "low"], [1, 2, "low"], [1, 3, "low"], [1, 4, "low"], [1, 5, "medium"],
  [2, 1, "low"], [2, 2, "low"], [2, 3, "medium"], [2, 4, "medium"], [2, 5, "high"],
  [3, 1, "low"], [3, 2, "medium"], [3, 3, "medium"], [3, 4, "high"], [3, 5, "high"],
  [4, 1, "low"], [4, 2, "medium"], [4, 3, "high"], [4, 4, "high"], [4, 5, "critical"],
  [5, 1, "medium"], [5, 2, "high"], [5, 3, "high"], [5, 4, "critical"], [5, 5, "critical"],
];

describe("the risk matrix", () => {
  it.each(CELLS)("likelihood %i × impact %i is %s", (likelihood, impact, level) => {
    expect(riskLevel(likelihood, impact)).toBe(level);
    expect(RISK_MATRIX[likelihood - 1]![impact - 1]).toBe(level);
  });

  it("has 25 cells and the table above covers each once", () => {
    expect(RISK_MATRIX).toHaveLength(5);
    RISK_MATRIX.forEach((row) => expect(row).toHaveLength(5));
    expect(new Set(CELLS.map(([l, i]) => `${l}x${i}`)).size).toBe(25);
  });

  it("follows the documented bands of likelihood × impact: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical", () => {
    const band = (product: number): RiskLevel => (product <= 4 ? "low" : product <= 9 ? "medium" : product <= 16 ? "high" : "critical");
    for (const likelihood of RATINGS) for (const impact of RATINGS) expect(riskLevel(likelihood, impact)).toBe(band(likelihood * impact));
  });

  it("is symmetric and never goes down as likelihood or impact goes up", () => {
    for (const l of RATINGS) {
      for (const i of RATINGS) {
        expect(riskLevel(l, i)).toBe(riskLevel(i, l));
        if (l < 5) expect(riskLevelRank(riskLevel((l + 1) as Rating, i))).toBeGreaterThanOrEqual(riskLevelRank(riskLevel(l, i)));
        if (i < 5) expect(riskLevelRank(riskLevel(l, (i + 1) as Rating))).toBeGreaterThanOrEqual(riskLevelRank(riskLevel(l, i)));
      }
    }
  });

  it("uses every level, and ranks them low < medium < high < critical", () => {
    expect(new Set(RISK_MATRIX.flat())).toEqual(new Set(RISK_LEVELS));
    expect(RISK_LEVELS.map(riskLevelRank)).toEqual([0, 1, 2, 3]);
  });

  it.each([
    [null, 3, null],
    [3, null, null],
    [null, null, null],
    [3, 4, "high"],
  ] as const)("a pair rated %s × %s has level %s", (likelihood, impact, level) => {
    expect(riskLevelOrNull(likelihood, impact)).toBe(level);
  });

  it.each([
    ["low", false],
    ["medium", false],
    ["high", true],
    ["critical", true],
    [null, false],
  ] as const)("accepting a %s risk needs approval: %s", (level, needed) => {
    expect(needsApprovalToAccept(level)).toBe(needed);
  });
});

describe("the likelihood and impact scales", () => {
  it.each([
    ["likelihood", LIKELIHOOD_SCALE],
    ["impact", IMPACT_SCALE],
  ] as const)("the %s scale has five levels, 1 to 5, each with its own name and a description", (_, scale) => {
    expect(scale.map((level) => level.value)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(scale.map((level) => level.name)).size).toBe(5);
    expect(new Set(scale.map((level) => level.description)).size).toBe(5);
    for (const level of scale) {
      expect(level.name.trim()).not.toBe("");
      expect(level.description.split(/\s+/).length).toBeGreaterThanOrEqual(8);
    }
  });

  it("names the levels as the UI and report print them", () => {
    expect(LIKELIHOOD_SCALE.map((level) => level.name)).toEqual(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]);
    expect(IMPACT_SCALE.map((level) => level.name)).toEqual(["Negligible", "Minor", "Moderate", "Major", "Severe"]);
    expect(LIKELIHOOD_SCALE[0]!.description).toMatch(/^Not expected in the next several years/);
  });

  it("riskScales() gives the UI the same matrix and scales, as copies it can't change", () => {
    const scales = riskScales();
    expect(scales.matrix).toEqual(RISK_MATRIX.map((row) => [...row]));
    expect(scales.likelihood).toEqual(LIKELIHOOD_SCALE);
    expect(scales.impact).toEqual(IMPACT_SCALE);
    expect(scales.levels.map((level) => level.level)).toEqual([...RISK_LEVELS]);
    scales.matrix[0]![0] = "critical";
    expect(RISK_MATRIX[0]![0]).toBe("low");
    for (const rule of [scales.residualRule, scales.acceptanceRule, scales.reviewRule, scales.inherentMeaning, scales.residualMeaning]) expect(rule.length).toBeGreaterThan(40);
  });
});
