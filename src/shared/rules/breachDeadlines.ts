import { addCalendarDays, endOfCalendarYear } from "./calendarDates";

export interface BreachFacts {
  /** The calendar date, in the practice's time zone, on which the breach was discovered (45 CFR 164.404(a)(2)). */
  discovered: string;
  individuals: number;
  /** Affected residents per State or jurisdiction ("TX" → 812). Omitted when not yet known. */
  residentsByState?: Record<string, number>;
  /** True when the practice holds the PHI as someone else's business associate. */
  businessAssociate?: boolean;
}

/** Each deadline as a "YYYY-MM-DD" calendar date, or null where no notice is owed. */
export interface BreachDeadlines {
  individuals: string | null;
  hhs: string | null;
  media: string | null;
  coveredEntity: string | null;
}

/** "Without unreasonable delay and in no case later than 60 calendar days after discovery." */
const SIXTY_DAYS = 60;
export const LARGE_BREACH_THRESHOLD = 500;

/**
 * The notification deadlines of 45 CFR 164.404 (individuals), 164.406 (media), 164.408 (the
 * Secretary) and 164.410 (a business associate to its covered entity). Each is the latest
 * permitted date; notice should go out sooner.
 */
export function breachDeadlines(facts: BreachFacts): BreachDeadlines {
  const sixtyDaysAfterDiscovery = addCalendarDays(facts.discovered, SIXTY_DAYS);
  if (facts.businessAssociate) {
    // 164.410(b): the business associate tells the covered entity; the covered entity then owes
    // the notices to individuals, the Secretary and the media, counted from its own discovery.
    return { individuals: null, hhs: null, media: null, coveredEntity: sixtyDaysAfterDiscovery };
  }
  return {
    individuals: sixtyDaysAfterDiscovery,
    // 164.408(b): 500 or more, at the same time as the individuals' notice; 164.408(c): fewer than
    // 500, in the annual log, within 60 days after the end of the calendar year of discovery.
    hhs: facts.individuals >= LARGE_BREACH_THRESHOLD ? sixtyDaysAfterDiscovery : addCalendarDays(endOfCalendarYear(facts.discovered), SIXTY_DAYS),
    // 164.406(a): more than 500 residents of one State or jurisdiction.
    media: mediaNoticeOwed(facts) ? sixtyDaysAfterDiscovery : null,
    coveredEntity: null,
  };
}

/**
 * Without a breakdown by State, all affected people may live in one State, so the media notice is
 * owed as soon as more than 500 are affected: the safe reading until the addresses are known.
 */
function mediaNoticeOwed(facts: BreachFacts): boolean {
  const states = Object.values(facts.residentsByState ?? {});
  if (states.length === 0) return facts.individuals > LARGE_BREACH_THRESHOLD;
  return states.some((residents) => residents > LARGE_BREACH_THRESHOLD);
}
