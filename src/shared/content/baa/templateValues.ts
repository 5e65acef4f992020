import { EPHI_ACTIVITY_LABELS, type BaaStatus, type EphiActivity } from "../../model/vendor";
import { formatDay } from "../../time/zonedTime";
import { addCalendarDays } from "../../rules/calendarDates";
import { BAA_DRAFT_REPORT_DAYS } from "./baaDraft";
import { BAA_REQUEST_ON_FILE, BAA_REQUEST_REPLY_DAYS } from "./baaRequestLetter";
import { fillTemplate } from "./fillTemplate";

/** What the letter and the draft are filled with, from the practice's profile and the vendor's record. */
export interface BaaParties {
  practice: { name: string; address: string; securityOfficial: string };
  vendor: { name: string; address: string; contactName: string; services: string; ephiActivities: readonly EphiActivity[]; baaStatus: BaaStatus };
  /** The day the document is made, YYYY-MM-DD in the practice's time zone. */
  today: string;
}

/** "creates, receives and maintains": the recorded verbs of 164.308(b)(1), in the rule's order. */
export function activitiesPhrase(activities: readonly EphiActivity[]): string {
  const verbs = activities.map((activity) => EPHI_ACTIVITY_LABELS[activity].verb);
  if (verbs.length === 0) return "handles";
  if (verbs.length === 1) return verbs[0]!;
  return `${verbs.slice(0, -1).join(", ")} and ${verbs.at(-1)}`;
}

/** An address on one line, for "Smile Dental, of 12 Main Street, Springfield". */
function location(address: string): string {
  const oneLine = address
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/,$/, ""))
    .filter(Boolean)
    .join(", ");
  return oneLine ? `, of ${oneLine}` : "";
}

function servicesNote(services: string): string {
  const oneLine = services.replace(/\s+/g, " ").trim().replace(/[.;:,]+$/, "");
  return oneLine ? ` (${oneLine})` : "";
}

export function baaTemplateValues(parties: BaaParties): Record<string, string> {
  const { practice, vendor, today } = parties;
  return {
    practice: practice.name,
    practiceLocation: location(practice.address),
    securityOfficial: practice.securityOfficial,
    vendor: vendor.name,
    vendorLocation: location(vendor.address),
    greetingName: vendor.contactName.trim() || `${vendor.name} team`,
    servicesNote: servicesNote(vendor.services),
    activities: activitiesPhrase(vendor.ephiActivities),
    reportDays: String(BAA_DRAFT_REPORT_DAYS),
    date: formatDay(today),
    replyBy: formatDay(addCalendarDays(today, BAA_REQUEST_REPLY_DAYS)),
    onFile: fillTemplate(vendor.baaStatus === "requested" || vendor.baaStatus === "expired" ? BAA_REQUEST_ON_FILE[vendor.baaStatus] : BAA_REQUEST_ON_FILE.none, { vendor: vendor.name }),
  };
}
