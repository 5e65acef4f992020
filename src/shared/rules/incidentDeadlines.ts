import type { DeadlineItem, DeadlineRecipient, IncidentDeadlines, NoticeRecipient, PhiInvolvement } from "../model/incident";
import { JURISDICTIONS, isJurisdictionCode } from "../model/jurisdictions";
import { formatDay } from "../time/zonedTime";
import { breachDeadlines, LARGE_BREACH_THRESHOLD } from "./breachDeadlines";
import { daysBetween } from "./calendarDates";

/** What the deadlines of one incident depend on. */
export interface DeadlineFacts {
  phi: PhiInvolvement;
  /** The stored conclusion of the breach assessment, or null while it is not finished. */
  conclusion: "breach" | "not-a-breach" | null;
  signedOff: boolean;
  discoveredOn: string;
  individualsAffected: number | null;
  residentsByState: Record<string, number>;
  businessAssociate: boolean;
  coveredEntityName: string;
  /** Who has been sent a notice, from the notice log. */
  noticesSent: ReadonlySet<NoticeRecipient>;
  /** The practice's calendar date today. */
  today: string;
}

const RECIPIENT_OF: Record<"individuals" | "hhs" | "media" | "coveredEntity", DeadlineRecipient> = {
  individuals: "individuals",
  hhs: "hhs",
  media: "media",
  coveredEntity: "covered-entity",
};

function stateNames(residents: Record<string, number>): string {
  const names = Object.entries(residents)
    .filter(([, count]) => count > LARGE_BREACH_THRESHOLD)
    .map(([code]) => (isJurisdictionCode(code) ? JURISDICTIONS[code] : code));
  return names.length > 0 ? names.join(", ") : "one State";
}

/**
 * The notices an incident owes and their latest dates (breachDeadlines), with whether each has been
 * logged. A breach is presumed until the assessment shows otherwise and an Administrator signs it
 * off (45 CFR 164.414(b) puts the burden of proof on the practice), so the dates show from the start.
 */
export function incidentDeadlines(facts: DeadlineFacts): IncidentDeadlines {
  if (facts.phi === "none") {
    return { applies: false, presumed: false, items: [], notes: ["No patient information was involved, so no breach notice is owed."] };
  }
  if (facts.conclusion === "not-a-breach" && facts.signedOff) {
    return { applies: false, presumed: false, items: [], notes: ["The signed breach assessment concluded that this is not a breach, so no notice is owed. Keep the assessment for six years (45 CFR 164.530(j))."] };
  }
  const presumed = facts.conclusion !== "breach";
  const individuals = facts.individualsAffected ?? 0;
  const dates = breachDeadlines({
    discovered: facts.discoveredOn,
    individuals,
    residentsByState: facts.residentsByState,
    businessAssociate: facts.businessAssociate,
  });
  const large = individuals >= LARGE_BREACH_THRESHOLD;
  const year = facts.discoveredOn.slice(0, 4);
  const text: Record<keyof typeof RECIPIENT_OF, { label: string; cite: string; explanation: string }> = {
    individuals: {
      label: "Letters to the affected individuals",
      cite: "45 CFR 164.404(b)",
      explanation: "Without unreasonable delay and no later than 60 calendar days after the breach was discovered. This is the latest date, not the goal.",
    },
    hhs: large
      ? {
          label: "Report to the Secretary of HHS",
          cite: "45 CFR 164.408(b)",
          explanation: "500 or more people: report through the HHS breach portal at the same time as the letters to individuals.",
        }
      : {
          label: "Report to the Secretary of HHS (annual log of small breaches)",
          cite: "45 CFR 164.408(c)",
          explanation: `Fewer than 500 people: report it through the HHS breach portal with the other small breaches of ${year}, within 60 days after the end of ${year}.`,
        },
    media: {
      label: "Notice to prominent media outlets",
      cite: "45 CFR 164.406",
      explanation: `More than 500 residents of ${stateNames(facts.residentsByState)} are affected: tell prominent media outlets serving that State or jurisdiction, within the same 60 days.`,
    },
    coveredEntity: {
      label: `Notice to the covered entity${facts.coveredEntityName ? ` (${facts.coveredEntityName})` : ""}`,
      cite: "45 CFR 164.410(b)",
      explanation:
        "The practice holds this information as a business associate: tell the covered entity, with each affected person's name as far as known, no later than 60 days after discovery. The covered entity then notifies the individuals, HHS and the media.",
    },
  };
  const items: DeadlineItem[] = (Object.keys(RECIPIENT_OF) as (keyof typeof RECIPIENT_OF)[]).flatMap((key) => {
    const dueDate = dates[key];
    if (dueDate === null) return [];
    const recipient = RECIPIENT_OF[key];
    const sent = facts.noticesSent.has(recipient);
    const daysLeft = daysBetween(facts.today, dueDate);
    return [{ recipient, ...text[key], dueDate, daysLeft, sent, overdue: !sent && daysLeft < 0 }];
  });

  const notes: string[] = [];
  if (presumed) {
    notes.push(
      facts.conclusion === "not-a-breach"
        ? "The answers point to no breach. Until an Administrator signs the assessment off, the deadlines stay in view."
        : "The breach assessment is not finished. Until it shows otherwise, the law presumes a breach, so these dates already count (45 CFR 164.414(b)).",
    );
  }
  if (!facts.businessAssociate && facts.individualsAffected === null && dates.individuals) {
    notes.push(
      `The number of people affected is not recorded yet. If it is 500 or more, HHS must be told by ${formatDay(dates.individuals)}, and prominent media as well if more than 500 of them live in one State.`,
    );
  }
  const listed = Object.values(facts.residentsByState).reduce((sum, count) => sum + count, 0);
  if (!facts.businessAssociate && facts.individualsAffected !== null && facts.individualsAffected > LARGE_BREACH_THRESHOLD && listed > 0 && listed < facts.individualsAffected) {
    notes.push(
      `Only ${listed.toLocaleString("en-US")} of the ${facts.individualsAffected.toLocaleString("en-US")} people have a State recorded. If more than 500 live in one State, the media notice is owed too.`,
    );
  }
  return { applies: true, presumed, items, notes };
}
