import type { RatingView } from "../model/risk";
import type { AssetKind } from "./assetKinds";
import { riskLevelRank, type RiskLevel } from "./riskMatrix";

/**
 * This year's analysis against an earlier one: what was added to and retired from the inventory,
 * which risks went up or down (residual level), which are new or gone, and which mitigation steps
 * were completed since. Records are matched through their predecessor links, following them across
 * years in between when `links` holds those years' records (id → predecessor id).
 */
export interface ComparedAsset {
  id: string;
  name: string;
  kind: AssetKind;
  retired: boolean;
  predecessorId: string | null;
}

export interface ComparedPair {
  id: string;
  assetId: string;
  assetName: string;
  threatName: string;
  vulnerability: string;
  residual: RatingView;
  predecessorId: string | null;
}

export interface ComparedAnalysis {
  year: number;
  startedAt: string;
  finalizedAt: string | null;
  assets: readonly ComparedAsset[];
  pairs: readonly ComparedPair[];
}

export interface ComparedMitigation {
  id: string;
  pairId: string;
  title: string;
  status: string;
  completedAt: string | null;
}

export interface AssetChange {
  id: string;
  name: string;
  kind: AssetKind;
}

export interface RiskRef {
  pairId: string;
  assetName: string;
  threatName: string;
  vulnerability: string;
  level: RiskLevel | null;
}

export interface LevelChange {
  pairId: string;
  previousPairId: string;
  assetName: string;
  threatName: string;
  vulnerability: string;
  from: RiskLevel;
  to: RiskLevel;
}

export interface YearOverYear {
  year: number;
  previousYear: number;
  assetsAdded: AssetChange[];
  /** Last year's assets with no active counterpart this year (not carried over, or retired). */
  assetsRetired: AssetChange[];
  risksUp: LevelChange[];
  risksDown: LevelChange[];
  risksUnchanged: number;
  /** Matched risks that can't be compared because one side's residual rating is incomplete. */
  risksNotComparable: number;
  risksNew: RiskRef[];
  risksRemoved: RiskRef[];
  mitigationsCompleted: { id: string; pairId: string; title: string; completedAt: string }[];
  /** Steps completed after this moment count: the earlier analysis's finalization (or its start). */
  since: string;
}

/** Walks predecessor links from `id` back until it reaches a record of `target`; cycles stop the walk. */
function ancestorIn(id: string | null, target: ReadonlySet<string>, links: ReadonlyMap<string, string | null>): string | null {
  const seen = new Set<string>();
  let current = id;
  while (current !== null && !seen.has(current)) {
    if (target.has(current)) return current;
    seen.add(current);
    current = links.get(current) ?? null;
  }
  return null;
}

export function compareYears(
  previous: ComparedAnalysis,
  current: ComparedAnalysis,
  mitigations: readonly ComparedMitigation[],
  links: ReadonlyMap<string, string | null> = new Map(),
): YearOverYear {
  const previousAssets = previous.assets.filter((asset) => !asset.retired);
  const currentAssets = current.assets.filter((asset) => !asset.retired);
  const previousAssetIds = new Set(previousAssets.map((asset) => asset.id));
  const currentAssetIds = new Set(currentAssets.map((asset) => asset.id));

  const assetOrigin = new Map(currentAssets.map((asset) => [asset.id, ancestorIn(asset.predecessorId, previousAssetIds, links)]));
  const continuedAssets = new Set([...assetOrigin.values()].filter((id): id is string => id !== null));
  const assetChange = (asset: ComparedAsset): AssetChange => ({ id: asset.id, name: asset.name, kind: asset.kind });

  const previousPairs = previous.pairs.filter((pair) => previousAssetIds.has(pair.assetId));
  const currentPairs = current.pairs.filter((pair) => currentAssetIds.has(pair.assetId));
  const previousPairIds = new Set(previousPairs.map((pair) => pair.id));
  const previousById = new Map(previousPairs.map((pair) => [pair.id, pair]));
  const matched = new Set<string>();
  const risksUp: LevelChange[] = [];
  const risksDown: LevelChange[] = [];
  const risksNew: RiskRef[] = [];
  let risksUnchanged = 0;
  let risksNotComparable = 0;

  for (const pair of currentPairs) {
    const originId = ancestorIn(pair.predecessorId, previousPairIds, links);
    const origin = originId === null ? undefined : previousById.get(originId);
    if (!origin) {
      risksNew.push(riskRef(pair));
      continue;
    }
    matched.add(origin.id);
    const from = origin.residual.level;
    const to = pair.residual.level;
    if (from === null || to === null) risksNotComparable += 1;
    else if (riskLevelRank(to) > riskLevelRank(from)) risksUp.push(levelChange(pair, origin, from, to));
    else if (riskLevelRank(to) < riskLevelRank(from)) risksDown.push(levelChange(pair, origin, from, to));
    else risksUnchanged += 1;
  }

  const since = previous.finalizedAt ?? previous.startedAt;
  // Steps of either year's risks, or of a year in between (whose records are the keys of `links`).
  const pairIds = new Set([...previous.pairs.map((pair) => pair.id), ...current.pairs.map((pair) => pair.id), ...links.keys()]);
  const mitigationsCompleted = mitigations
    .filter((step) => step.status === "done" && step.completedAt !== null && step.completedAt > since && pairIds.has(step.pairId))
    .map((step) => ({ id: step.id, pairId: step.pairId, title: step.title, completedAt: step.completedAt! }))
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));

  return {
    year: current.year,
    previousYear: previous.year,
    assetsAdded: currentAssets.filter((asset) => assetOrigin.get(asset.id) === null).map(assetChange),
    assetsRetired: previousAssets.filter((asset) => !continuedAssets.has(asset.id)).map(assetChange),
    risksUp,
    risksDown,
    risksUnchanged,
    risksNotComparable,
    risksNew,
    risksRemoved: previousPairs.filter((pair) => !matched.has(pair.id)).map(riskRef),
    mitigationsCompleted,
    since,
  };
}

function riskRef(pair: ComparedPair): RiskRef {
  return { pairId: pair.id, assetName: pair.assetName, threatName: pair.threatName, vulnerability: pair.vulnerability, level: pair.residual.level };
}

function levelChange(pair: ComparedPair, origin: ComparedPair, from: RiskLevel, to: RiskLevel): LevelChange {
  return { pairId: pair.id, previousPairId: origin.id, assetName: pair.assetName, threatName: pair.threatName, vulnerability: pair.vulnerability, from, to };
}
