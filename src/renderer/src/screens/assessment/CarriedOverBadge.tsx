import { CARRIED_OVER_LABEL } from "./labels";

/** The mark on an answer, not-applicable mark or decision copied from last year and not yet confirmed. */
export function CarriedOverBadge() {
  return <span className="badge badge-carried">{CARRIED_OVER_LABEL}</span>;
}
