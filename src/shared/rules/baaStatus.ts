import type { BaaStatus, EphiActivity } from "../model/vendor";
import { formatDay } from "../time/zonedTime";
import { daysBetween } from "./calendarDates";

/**
 * When a vendor's Business Associate Agreement needs attention. A practice may let a vendor create,
 * receive, maintain or transmit ePHI only with a signed agreement in place (45 CFR 164.308(b)(1),
 * 164.502(e)(1)); an agreement past its review date may no longer match what the vendor does.
 * Pure: the same answer in the main process, the screens and the dashboard.
 */

/** How far ahead a coming review is announced. */
export const BAA_REVIEW_NOTICE_DAYS = 60;

export interface BaaFacts {
  id: string;
  name: string;
  ephiActivities: readonly EphiActivity[];
  baaStatus: BaaStatus;
  baaSignedDate: string | null;
  baaReviewDate: string | null;
  /** The day the practice stopped using the vendor, if it has. */
  endedOn: string | null;
  /** Signed copies attached to the record. */
  fileCount: number;
}

export type BaaWarningKind = "no-baa" | "baa-requested" | "baa-expired" | "review-overdue" | "review-due" | "copy-missing";

export interface BaaWarning {
  vendorId: string;
  vendorName: string;
  kind: BaaWarningKind;
  /** "problem": patient information is at risk or a date has passed; "attention": something to do soon. */
  severity: "problem" | "attention";
  message: string;
  /** The review date, for the review warnings. */
  dueDate: string | null;
  citation: string;
}

const SHARING_CITATION = "45 CFR 164.308(b)(1), 164.502(e)(1)";
const CONTRACT_CITATION = "45 CFR 164.314(a), 164.504(e)";

export function handlesEphi(facts: Pick<BaaFacts, "ephiActivities">): boolean {
  return facts.ephiActivities.length > 0;
}

export function hasEnded(facts: Pick<BaaFacts, "endedOn">, today: string): boolean {
  return facts.endedOn !== null && facts.endedOn <= today;
}

/** A vendor handling ePHI needs a BAA unless the practice recorded why not (the conduit exception, for instance). */
export function needsBaa(facts: Pick<BaaFacts, "ephiActivities" | "baaStatus">): boolean {
  return handlesEphi(facts) && facts.baaStatus !== "not-needed";
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Every warning for one vendor on `today` (YYYY-MM-DD in the practice's time zone), most serious first. */
export function baaWarnings(facts: BaaFacts, today: string, noticeDays: number = BAA_REVIEW_NOTICE_DAYS): BaaWarning[] {
  if (hasEnded(facts, today)) return [];
  const warning = (kind: BaaWarningKind, severity: BaaWarning["severity"], message: string, citation: string, dueDate: string | null = null): BaaWarning => ({
    vendorId: facts.id,
    vendorName: facts.name,
    kind,
    severity,
    message,
    dueDate,
    citation,
  });
  const warnings: BaaWarning[] = [];
  if (needsBaa(facts)) {
    if (facts.baaStatus === "none") {
      warnings.push(
        warning(
          "no-baa",
          "problem",
          `${facts.name} handles patient information for the practice but has no signed Business Associate Agreement. Get one signed before sharing more patient information.`,
          SHARING_CITATION,
        ),
      );
    } else if (facts.baaStatus === "requested") {
      warnings.push(
        warning(
          "baa-requested",
          "problem",
          `${facts.name} handles patient information, and a Business Associate Agreement was requested but is not signed yet. Follow up until it is signed.`,
          SHARING_CITATION,
        ),
      );
    } else if (facts.baaStatus === "expired") {
      warnings.push(
        warning(
          "baa-expired",
          "problem",
          `${facts.name}'s Business Associate Agreement has expired, but the vendor still handles patient information. Sign a new one.`,
          SHARING_CITATION,
        ),
      );
    }
  }
  if (facts.baaStatus === "signed") {
    if (facts.baaReviewDate !== null) {
      const daysLeft = daysBetween(today, facts.baaReviewDate);
      const on = formatDay(facts.baaReviewDate);
      if (daysLeft < 0) {
        warnings.push(
          warning(
            "review-overdue",
            "problem",
            `${facts.name}'s Business Associate Agreement was due for review on ${on}, ${plural(-daysLeft, "day")} ago. Check that it still covers what the vendor does, then record the next review date.`,
            CONTRACT_CITATION,
            facts.baaReviewDate,
          ),
        );
      } else if (daysLeft <= noticeDays) {
        warnings.push(
          warning(
            "review-due",
            "attention",
            daysLeft === 0
              ? `${facts.name}'s Business Associate Agreement is due for review today (${on}).`
              : `${facts.name}'s Business Associate Agreement is due for review on ${on}, in ${plural(daysLeft, "day")}.`,
            CONTRACT_CITATION,
            facts.baaReviewDate,
          ),
        );
      }
    }
    if (facts.fileCount === 0) {
      warnings.push(
        warning(
          "copy-missing",
          "attention",
          `${facts.name}'s Business Associate Agreement is marked signed, but no signed copy is attached. Attach it so it can be shown to an auditor.`,
          "45 CFR 164.308(b)(3), 164.316(b)(1)",
        ),
      );
    }
  }
  return warnings;
}

const SEVERITY_ORDER: Record<BaaWarning["severity"], number> = { problem: 0, attention: 1 };

/** Problems first, then by review date (soonest first), then by vendor name. */
export function sortWarnings(warnings: readonly BaaWarning[]): BaaWarning[] {
  return [...warnings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.dueDate ?? "9999-12-31").localeCompare(b.dueDate ?? "9999-12-31") ||
      a.vendorName.localeCompare(b.vendorName, "en", { sensitivity: "base" }),
  );
}
