import type { ActionItemOwner } from "../../../../shared/model/actionItem";
import type { PersonRef } from "../../../../shared/model/assessment";
import type { RatingView } from "../../../../shared/model/risk";
import { RISK_LEVEL_LABELS, type RiskLevel } from "../../../../shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE } from "../../../../shared/risk/riskScale";
import { formatDate } from "../../format/dates";

/** Small pieces of wording the risk screens share. */

export function levelLabel(level: RiskLevel | null): string {
  return level === null ? "Not rated" : RISK_LEVEL_LABELS[level];
}

/** "Likely (4) × Major (4)", or what is missing. */
export function ratingWords(rating: RatingView): string {
  if (rating.likelihood === null || rating.impact === null) return "Not rated yet";
  return `${LIKELIHOOD_SCALE[rating.likelihood - 1]!.name} (${rating.likelihood}) × ${IMPACT_SCALE[rating.impact - 1]!.name} (${rating.impact})`;
}

export function ownerName(owner: ActionItemOwner | null): string {
  if (owner === null) return "No one yet";
  if (owner.kind === "name") return owner.name;
  return owner.active ? owner.name : `${owner.name} (no longer has an account)`;
}

/** "Maria Lopez on Jan 5, 2026". */
export function byOn(person: PersonRef, iso: string, timeZone: string | undefined): string {
  return `${person.name} on ${formatDate(iso, timeZone)}`;
}

/** A "YYYY-MM-DD" calendar date, shown without any time-zone shift. */
export function calendarDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
