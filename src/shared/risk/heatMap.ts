import type { RatingView } from "../model/risk";
import { RISK_LEVELS, type RiskLevel } from "./riskMatrix";

/**
 * How many risks sit in each cell of the 5×5 matrix, before and after the current safeguards.
 * cells[likelihood - 1][impact - 1], the same orientation as RISK_MATRIX.
 */
export interface HeatMapSide {
  cells: number[][];
  /** Risks without both ratings on this side; they are in no cell. */
  unrated: number;
  byLevel: Record<RiskLevel, number>;
}

export interface HeatMap {
  inherent: HeatMapSide;
  residual: HeatMapSide;
  total: number;
}

export function heatMap(pairs: readonly { inherent: RatingView; residual: RatingView }[]): HeatMap {
  return {
    inherent: side(pairs.map((pair) => pair.inherent)),
    residual: side(pairs.map((pair) => pair.residual)),
    total: pairs.length,
  };
}

function side(ratings: readonly RatingView[]): HeatMapSide {
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  const byLevel = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  let unrated = 0;
  for (const rating of ratings) {
    if (rating.likelihood === null || rating.impact === null || rating.level === null) {
      unrated += 1;
      continue;
    }
    cells[rating.likelihood - 1]![rating.impact - 1]! += 1;
    byLevel[rating.level] += 1;
  }
  return { cells, unrated, byLevel };
}
