import type { RiskLevel } from "../../../../shared/risk/riskMatrix";
import { levelLabel } from "./riskLabels";

/** A risk level as a word on a coloured tag: the colour helps, the word carries the meaning. */
export function LevelBadge({ level }: { level: RiskLevel | null }) {
  return <span className={`level-badge risk-level-${level ?? "unrated"}`}>{levelLabel(level)}</span>;
}
