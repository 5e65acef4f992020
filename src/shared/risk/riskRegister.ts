import type { RegisterFilter, RegisterSort, RiskPairView } from "../model/risk";
import { riskLevelRank, type RiskLevel } from "./riskMatrix";
import { TREATMENT_STATUSES } from "./treatment";

/**
 * The risk register: every threat-vulnerability pair of one analysis, filtered and sorted the way the
 * register screen and the report list them. Pure, so the screen and the main process agree.
 */
export type RegisterEntry = Pick<
  RiskPairView,
  "id" | "assetId" | "assetName" | "assetRetired" | "threatId" | "threatName" | "vulnerability" | "controls" | "inherent" | "residual" | "treatmentStatus"
>;

export function filterRegister<T extends RegisterEntry>(entries: readonly T[], filter: RegisterFilter): T[] {
  const assets = filter.assetIds && new Set(filter.assetIds);
  const threats = filter.threatIds && new Set(filter.threatIds);
  const levels = filter.levels && new Set<string>(filter.levels);
  const statuses = filter.treatmentStatuses && new Set<string>(filter.treatmentStatuses);
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (!filter.includeRetiredAssets && entry.assetRetired) return false;
    if (assets && !assets.has(entry.assetId)) return false;
    // A custom threat has no id; "custom" selects all of them.
    if (threats && !threats.has(entry.threatId ?? "custom")) return false;
    if (levels && !levels.has(entry[filter.levelBasis].level ?? "unrated")) return false;
    if (statuses && !statuses.has(entry.treatmentStatus)) return false;
    if (words.length > 0) {
      const haystack = `${entry.assetName} ${entry.threatName} ${entry.vulnerability} ${entry.controls}`.toLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

/** Unrated sorts below low, so "highest first" puts what most needs attention on top and the unrated last. */
function levelKey(level: RiskLevel | null): number {
  return level === null ? -1 : riskLevelRank(level);
}

const byText = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

export function sortRegister<T extends RegisterEntry>(entries: readonly T[], sort: RegisterSort, direction: "asc" | "desc"): T[] {
  const sign = direction === "asc" ? 1 : -1;
  const primary = (a: T, b: T): number => {
    switch (sort) {
      case "residual-level":
        return levelKey(a.residual.level) - levelKey(b.residual.level) || (a.residual.likelihood ?? 0) * (a.residual.impact ?? 0) - (b.residual.likelihood ?? 0) * (b.residual.impact ?? 0);
      case "inherent-level":
        return levelKey(a.inherent.level) - levelKey(b.inherent.level) || (a.inherent.likelihood ?? 0) * (a.inherent.impact ?? 0) - (b.inherent.likelihood ?? 0) * (b.inherent.impact ?? 0);
      case "asset":
        return byText(a.assetName, b.assetName);
      case "threat":
        return byText(a.threatName, b.threatName);
      case "treatment-status":
        return TREATMENT_STATUSES.indexOf(a.treatmentStatus) - TREATMENT_STATUSES.indexOf(b.treatmentStatus);
    }
  };
  // Ties always break the same way (asset, threat, id), whatever the direction, so pages don't shuffle.
  return [...entries].sort((a, b) => sign * primary(a, b) || byText(a.assetName, b.assetName) || byText(a.threatName, b.threatName) || a.id.localeCompare(b.id));
}

export function queryRegister<T extends RegisterEntry>(entries: readonly T[], filter: RegisterFilter, sort: RegisterSort, direction: "asc" | "desc", offset: number, limit: number) {
  const matching = sortRegister(filterRegister(entries, filter), sort, direction);
  return { rows: matching.slice(offset, offset + limit), total: matching.length };
}
