import { type Rating } from "./riskScale";

/**
 * The risk level of a threat-vulnerability pair, OCR's guidance element "determine the level of
 * risk". The matrix is the documented method: the screens and the printed report show this table.
 */
export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { low: "Low", medium: "Medium", high: "High", critical: "Critical" };

export const RISK_LEVEL_DESCRIPTIONS: Record<RiskLevel, string> = {
  low: "Acceptable as it is. Keep the current safeguards and look at it again at the next review.",
  medium: "Reduce it when you reasonably can: plan a fix within the year, or accept it with a reason.",
  high: "Act soon: plan a fix with an owner and a due date within a few months. Accepting it needs an Administrator's approval.",
  critical: "Act now: start fixing it right away. Accepting it needs an Administrator's approval and a written reason.",
};

const L = "low" as const;
const M = "medium" as const;
const H = "high" as const;
const C = "critical" as const;

/**
 * RISK_MATRIX[likelihood - 1][impact - 1]. Rows are likelihood (1 Rare … 5 Almost certain), columns
 * impact (1 Negligible … 5 Severe). The cells follow the product likelihood × impact, banded
 * 1–4 low, 5–9 medium, 10–16 high, 20–25 critical: a rare but severe event (1 × 5) is medium, an
 * unlikely but severe one (2 × 5) is high. The table, not the formula, is authoritative.
 *
 *                 impact →  1  2  3  4  5
 *   likelihood 1            L  L  L  L  M
 *              2            L  L  M  M  H
 *              3            L  M  M  H  H
 *              4            L  M  H  H  C
 *              5            M  H  H  C  C
 */
export const RISK_MATRIX: readonly (readonly RiskLevel[])[] = [
  [L, L, L, L, M],
  [L, L, M, M, H],
  [L, M, M, H, H],
  [L, M, H, H, C],
  [M, H, H, C, C],
];

export function riskLevel(likelihood: Rating, impact: Rating): RiskLevel {
  return RISK_MATRIX[likelihood - 1]![impact - 1]!;
}

/** The level when both ratings are present; null while the pair is not fully rated. */
export function riskLevelOrNull(likelihood: Rating | null, impact: Rating | null): RiskLevel | null {
  return likelihood === null || impact === null ? null : riskLevel(likelihood, impact);
}

/** 0 for low … 3 for critical; for sorting and for "went up / went down". */
export function riskLevelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** High and critical risks may be accepted only with an Administrator's approval. */
export function needsApprovalToAccept(level: RiskLevel | null): boolean {
  return level === "high" || level === "critical";
}
