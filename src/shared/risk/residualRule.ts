import { type Rating } from "./riskScale";

/**
 * Residual risk is inherent risk with the current safeguards in place, so it is normally no higher
 * on either axis. A higher residual rating is almost always a slip, but can be right (a safeguard
 * can bring a risk of its own: an online backup adds a vendor that can be breached). So the app warns
 * and asks for a note saying why; it does not refuse, and the warning does not block finalizing.
 */
export const RESIDUAL_RULE =
  "Residual ratings are normally no higher than inherent ones, since safeguards only lower a risk. If you rate residual likelihood or impact higher, the app asks for a note saying why; it doesn't stop you.";

export interface PairRatings {
  inherentLikelihood: Rating | null;
  inherentImpact: Rating | null;
  residualLikelihood: Rating | null;
  residualImpact: Rating | null;
  ratingNote: string;
}

/** Plain-English warnings about a pair's ratings; empty when there is nothing to look at again. */
export function ratingWarnings(pair: PairRatings): string[] {
  if (pair.ratingNote.trim().length > 0) return [];
  const warnings: string[] = [];
  if (pair.inherentLikelihood !== null && pair.residualLikelihood !== null && pair.residualLikelihood > pair.inherentLikelihood) {
    warnings.push("Residual likelihood is higher than inherent likelihood. Check the ratings, or add a note saying why.");
  }
  if (pair.inherentImpact !== null && pair.residualImpact !== null && pair.residualImpact > pair.inherentImpact) {
    warnings.push("Residual impact is higher than inherent impact. Check the ratings, or add a note saying why.");
  }
  return warnings;
}
