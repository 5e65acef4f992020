import { describe, expect, it } from "vitest";
import type { RatingView, RegisterFilter, RiskPairView } from "../../src/shared/model/risk";
import { heatMap } from "../../src/shared/risk/heatMap";
import { riskLevelOrNull } from "../../src/shared/risk/riskMatrix";
import { filterRegister, queryRegister, sortRegister } from "../../src/shared/risk/riskRegister";
import type { Rating } from "../../src/shared/risk/riskScale";
import type { TreatmentStatus } from "../../src/shared/risk/treatment";

const rating = (likelihood: Rating | null, impact: Rating | null): RatingView => ({ likelihood, impact, level: riskLevelOrNull(likelihood, impact) });

function entry(id: string, over: Partial<RiskPairView>): RiskPairView {
  return {
    id,
    analysisId: "a",
    assetId: "server",
    assetName: "Office server",
    assetRetired: false,
    threatId: "ransomware",
    customThreat: "",
    threatName: "Ransomware",
    threatGroup: "deliberate-human",
    vulnerability: "No offline backup.",
    controls: "",
    controlQuestionIds: [],
    inherent: rating(null, null),
    residual: rating(null, null),
    ratingNote: "",
    warnings: [],
    treatment: null,
    treatmentNote: "",
    acceptance: null,
    treatmentStatus: "not-decided" as TreatmentStatus,
    mitigations: [],
    predecessorId: null,
    updatedBy: { id: "u", name: "Maria Lopez" },
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...over,
  };
}

const ROWS = [
  entry("1", { inherent: rating(4, 5), residual: rating(2, 5), treatmentStatus: "mitigating", controls: "Nightly backup to the cloud" }),
  entry("2", { assetId: "laptop", assetName: "Dentist's laptop", threatId: "lost-device", threatName: "Lost or stolen portable device", inherent: rating(4, 4), residual: rating(1, 4), treatmentStatus: "accepted" }),
  entry("3", { assetId: "fax", assetName: "Fax machine", threatId: null, customThreat: "Toner fire", threatName: "Toner fire", inherent: rating(2, 2), residual: rating(2, 2), treatmentStatus: "accepted" }),
  entry("4", { assetId: "laptop", assetName: "Dentist's laptop", threatId: "malware", threatName: "Virus, spyware or other malware", inherent: rating(3, 4) }),
  entry("5", { assetId: "old", assetName: "Old PC", assetRetired: true, inherent: rating(5, 5), residual: rating(5, 5), treatmentStatus: "pending-approval" }),
  entry("6", { inherent: rating(5, 5), residual: rating(4, 5), treatmentStatus: "pending-approval" }),
];

const NO_FILTER: RegisterFilter = { levelBasis: "residual", includeRetiredAssets: false };
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe("filtering the register", () => {
  it.each<[string, Partial<RegisterFilter>, string[]]>([
    ["nothing: every risk on an active asset", {}, ["1", "2", "3", "4", "6"]],
    ["with retired assets", { includeRetiredAssets: true }, ["1", "2", "3", "4", "5", "6"]],
    ["by asset", { assetIds: ["laptop"] }, ["2", "4"]],
    ["by threat", { threatIds: ["ransomware"] }, ["1", "6"]],
    ["custom threats", { threatIds: ["custom"] }, ["3"]],
    ["by residual level", { levels: ["high", "critical"] }, ["1", "6"]],
    ["by inherent level", { levelBasis: "inherent", levels: ["high"] }, ["2", "4"]],
    ["unrated", { levels: ["unrated"] }, ["4"]],
    ["by treatment status", { treatmentStatuses: ["accepted"] }, ["2", "3"]],
    ["by words, in any order and case", { text: "CLOUD nightly" }, ["1"]],
    ["by words in the asset name", { text: "laptop" }, ["2", "4"]],
    ["combined", { assetIds: ["server", "laptop"], levels: ["critical", "high", "low"], treatmentStatuses: ["pending-approval", "accepted"] }, ["2", "6"]],
  ])("%s", (_, filter, expected) => {
    expect(ids(filterRegister(ROWS, { ...NO_FILTER, ...filter }))).toEqual(expected);
  });
});

describe("sorting the register", () => {
  it.each<[Parameters<typeof sortRegister>[1], "asc" | "desc", string[]]>([
    // critical(6: 4×5) > high(1: 2×5) > low(2: 1×4, 3: 2×2, by L×I) > unrated(4)
    ["residual-level", "desc", ["6", "1", "2", "3", "4"]],
    ["residual-level", "asc", ["4", "2", "3", "1", "6"]],
    ["inherent-level", "desc", ["6", "1", "2", "4", "3"]],
    ["asset", "asc", ["2", "4", "3", "1", "6"]],
    ["threat", "asc", ["2", "1", "6", "3", "4"]],
    ["treatment-status", "asc", ["4", "6", "2", "3", "1"]],
  ])("by %s %s", (sort, direction, expected) => {
    expect(ids(sortRegister(filterRegister(ROWS, NO_FILTER), sort, direction))).toEqual(expected);
  });

  it("pages after sorting and counts every match", () => {
    expect(queryRegister(ROWS, NO_FILTER, "residual-level", "desc", 1, 2)).toEqual({ rows: [ROWS[0], ROWS[1]], total: 5 });
  });
});

describe("the heat map", () => {
  it("counts each risk in its cell, inherent and residual, and the unrated apart", () => {
    const map = heatMap(ROWS);
    expect(map.total).toBe(6);
    expect(map.inherent.cells[4]![4]).toBe(2);
    expect(map.inherent.cells[3]![4]).toBe(1);
    expect(map.inherent.unrated).toBe(0);
    expect(map.residual.cells[1]![4]).toBe(1);
    expect(map.residual.cells[3]![4]).toBe(1);
    expect(map.residual.unrated).toBe(1);
    expect(map.residual.byLevel).toEqual({ low: 2, medium: 0, high: 1, critical: 2 });
    expect(map.inherent.byLevel).toEqual({ low: 1, medium: 0, high: 2, critical: 3 });
    const sum = (cells: number[][]) => cells.flat().reduce((a, b) => a + b, 0);
    expect(sum(map.inherent.cells) + map.inherent.unrated).toBe(6);
    expect(sum(map.residual.cells) + map.residual.unrated).toBe(6);
  });

  it("is all zeros for no risks", () => {
    const map = heatMap([]);
    expect(map.residual.cells).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]));
    expect(map.total).toBe(0);
  });
});
