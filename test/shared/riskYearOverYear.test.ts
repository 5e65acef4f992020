import { describe, expect, it } from "vitest";
import type { RatingView } from "../../src/shared/model/risk";
import { riskLevelOrNull } from "../../src/shared/risk/riskMatrix";
import type { Rating } from "../../src/shared/risk/riskScale";
import { compareYears, type ComparedAnalysis, type ComparedAsset, type ComparedMitigation, type ComparedPair } from "../../src/shared/risk/yearOverYear";

const rating = (likelihood: Rating | null, impact: Rating | null): RatingView => ({ likelihood, impact, level: riskLevelOrNull(likelihood, impact) });
const asset = (id: string, predecessorId: string | null = null, retired = false): ComparedAsset => ({ id, name: `Asset ${id}`, kind: "server", retired, predecessorId });
const pair = (id: string, assetId: string, residual: RatingView, predecessorId: string | null = null): ComparedPair => ({
  id,
  assetId,
  assetName: `Asset ${assetId}`,
  threatName: `Threat ${id}`,
  vulnerability: `Weakness ${id}`,
  residual,
  predecessorId,
});
const analysis = (year: number, assets: ComparedAsset[], pairs: ComparedPair[], finalizedAt: string | null = null): ComparedAnalysis => ({
  year,
  startedAt: `${year}-01-05T10:00:00.000Z`,
  finalizedAt,
  assets,
  pairs,
});

const LAST = analysis(
  2025,
  [asset("server"), asset("laptop"), asset("fax"), asset("old-pc", null, true)],
  [
    pair("p-ransom", "server", rating(4, 5)), // critical
    pair("p-fire", "server", rating(1, 5)), // medium
    pair("p-lost", "laptop", rating(3, 4)), // high
    pair("p-fax", "fax", rating(2, 2)), // low
    pair("p-unrated", "laptop", rating(null, null)),
    pair("p-oldpc", "old-pc", rating(3, 3)), // on an asset already retired last year: ignored
  ],
  "2025-03-01T15:00:00.000Z",
);

const THIS = analysis(
  2026,
  [asset("server-26", "server"), asset("laptop-26", "laptop"), asset("fax-26", "fax", true), asset("portal")],
  [
    pair("p-ransom-26", "server-26", rating(2, 5), "p-ransom"), // critical → high: down
    pair("p-fire-26", "server-26", rating(2, 5), "p-fire"), // medium → high: up
    pair("p-lost-26", "laptop-26", rating(4, 3), "p-lost"), // high → high: unchanged
    pair("p-fax-26", "fax-26", rating(2, 2), "p-fax"), // its asset was retired this year: removed
    pair("p-unrated-26", "laptop-26", rating(2, 2), "p-unrated"), // last year unrated: not comparable
    pair("p-portal", "portal", rating(3, 3)), // new
  ],
);

const STEPS: ComparedMitigation[] = [
  { id: "s1", pairId: "p-ransom", title: "Offline backup", status: "done", completedAt: "2025-06-01T12:00:00.000Z" },
  { id: "s2", pairId: "p-lost", title: "Encrypt laptop", status: "done", completedAt: "2025-02-01T12:00:00.000Z" }, // before last year's finalization
  { id: "s3", pairId: "p-lost-26", title: "Screen lock", status: "open", completedAt: null },
  { id: "s4", pairId: "elsewhere", title: "Not ours", status: "done", completedAt: "2025-07-01T12:00:00.000Z" },
  { id: "s5", pairId: "p-fire-26", title: "Fire safe", status: "done", completedAt: "2026-01-10T12:00:00.000Z" },
];

describe("year over year", () => {
  const result = compareYears(LAST, THIS, STEPS);

  it("lists assets added (no predecessor) and retired (no active successor), ignoring those retired before", () => {
    expect(result.assetsAdded.map((a) => a.id)).toEqual(["portal"]);
    expect(result.assetsRetired.map((a) => a.id)).toEqual(["fax"]);
  });

  it.each([
    ["risksUp", [{ pairId: "p-fire-26", previousPairId: "p-fire", from: "medium", to: "high" }]],
    ["risksDown", [{ pairId: "p-ransom-26", previousPairId: "p-ransom", from: "critical", to: "high" }]],
  ] as const)("%s compares residual levels", (key, expected) => {
    expect(result[key]).toEqual(expected.map((change) => expect.objectContaining(change)));
  });

  it("counts unchanged and not-comparable risks, and lists new and removed ones", () => {
    expect(result.risksUnchanged).toBe(1);
    expect(result.risksNotComparable).toBe(1);
    expect(result.risksNew.map((r) => r.pairId)).toEqual(["p-portal"]);
    expect(result.risksRemoved.map((r) => r.pairId)).toEqual(["p-fax"]);
  });

  it("lists steps of either year's risks completed after last year's analysis was finalized, oldest first", () => {
    expect(result.since).toBe("2025-03-01T15:00:00.000Z");
    expect(result.mitigationsCompleted.map((step) => step.id)).toEqual(["s1", "s5"]);
  });

  it("counts from the start of an earlier analysis that was never finalized", () => {
    const unfinished = { ...LAST, finalizedAt: null };
    expect(compareYears(unfinished, THIS, STEPS).mitigationsCompleted.map((step) => step.id)).toEqual(["s2", "s1", "s5"]);
  });

  it.each([
    ["the same analysis twice", LAST, LAST, { up: 0, down: 0, unchanged: 4, added: 0, retired: 0, newRisks: 0, removed: 0 }],
    ["an empty earlier year", analysis(2025, [], []), THIS, { up: 0, down: 0, unchanged: 0, added: 3, retired: 0, newRisks: 5, removed: 0 }],
    ["an empty later year", LAST, analysis(2026, [], []), { up: 0, down: 0, unchanged: 0, added: 0, retired: 3, newRisks: 0, removed: 5 }],
  ])("%s", (_, before, after, expected) => {
    // Comparing an analysis with itself: no record is its own predecessor, so link each to itself.
    const self = before === after ? { ...after, assets: after.assets.map((a) => ({ ...a, predecessorId: a.id })), pairs: after.pairs.map((p) => ({ ...p, predecessorId: p.id })) } : after;
    const r = compareYears(before, self, []);
    expect({
      up: r.risksUp.length,
      down: r.risksDown.length,
      unchanged: r.risksUnchanged,
      added: r.assetsAdded.length,
      retired: r.assetsRetired.length,
      newRisks: r.risksNew.length,
      removed: r.risksRemoved.length,
    }).toEqual(expected);
  });

  it("follows predecessor links through a year in between", () => {
    const middle = new Map<string, string | null>([
      ["server-mid", "server"],
      ["p-ransom-mid", "p-ransom"],
    ]);
    const later = analysis(2027, [asset("server-27", "server-mid")], [pair("p-ransom-27", "server-27", rating(1, 5), "p-ransom-mid")]);
    const r = compareYears(LAST, later, [{ id: "s6", pairId: "p-ransom-mid", title: "Between", status: "done", completedAt: "2026-05-01T00:00:00.000Z" }], middle);
    expect(r.risksDown).toEqual([expect.objectContaining({ pairId: "p-ransom-27", previousPairId: "p-ransom", from: "critical", to: "medium" })]);
    expect(r.assetsAdded).toEqual([]);
    expect(r.assetsRetired.map((a) => a.id)).toEqual(["laptop", "fax"]);
    expect(r.mitigationsCompleted.map((step) => step.id)).toEqual(["s6"]);
  });

  it("stops on a cycle of links instead of looping", () => {
    const loop = new Map<string, string | null>([
      ["a", "b"],
      ["b", "a"],
    ]);
    const later = analysis(2027, [asset("x", "a")], []);
    expect(compareYears(LAST, later, [], loop).assetsAdded.map((a) => a.id)).toEqual(["x"]);
  });
});
