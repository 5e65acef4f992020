import {
  INCIDENT_CATEGORY_LABELS,
  INFORMATION_LOCATION_LABELS,
  INFORMATION_TYPE_LABELS,
  PORTAL_INFORMATION_GROUP,
  type IncidentDeadlines,
  type IncidentView,
  type NoticeView,
  type PortalChecklist,
  type ResponseStepView,
} from "../../shared/model/incident";
import type { PracticeProfile } from "../../shared/model/practice";
import { formatDay } from "../../shared/time/zonedTime";

export interface ChecklistFacts {
  practice: PracticeProfile;
  incident: IncidentView;
  steps: ResponseStepView[];
  deadlines: IncidentDeadlines;
  notices: NoticeView[];
  /** The contact details of the saved letter, if any. */
  letter: { phone: string; email: string } | null;
}

const orNull = (text: string | null | undefined) => (text && text.trim() !== "" ? text : null);
const day = (date: string | null | undefined) => (date ? formatDay(date) : null);

/**
 * The facts the HHS breach portal (ocrportal.hhs.gov/ocr/breach) asks for when a breach is reported
 * to the Secretary (45 CFR 164.408), filled from the incident where it records them. A blank value
 * is something to find out before sitting down at the portal.
 */
export function portalChecklist({ practice, incident, steps, deadlines, notices, letter }: ChecklistFacts): PortalChecklist {
  const hhs = deadlines.items.find((item) => item.recipient === "hhs") ?? null;
  const firstSent = (recipient: NoticeView["recipient"]) => notices.find((notice) => notice.recipient === recipient)?.sentOn ?? null;
  const substitute = notices.some((notice) => notice.method === "substitute-website" || notice.method === "substitute-media");
  const groups: string[] = [...new Set(incident.informationTypes.map((type) => PORTAL_INFORMATION_GROUP[type]))];
  if (incident.otherInformation.trim()) groups.push("Other");
  const typeList = incident.informationTypes.map((type) => INFORMATION_TYPE_LABELS[type]);
  if (incident.otherInformation.trim()) typeList.push(incident.otherInformation.trim());
  const actions = steps.filter((step) => step.phase !== "triage").map((step) => `${formatDay(step.doneOn)}: ${step.action}`);
  const media = deadlines.items.find((item) => item.recipient === "media");

  const intro = incident.businessAssociate
    ? `The practice holds this information as a business associate of ${incident.coveredEntityName}. The covered entity reports to HHS (45 CFR 164.410); give it these facts with your notice.`
    : hhs
      ? `Report through the HHS breach portal, ocrportal.hhs.gov/ocr/breach, by ${formatDay(hhs.dueDate)} (${hhs.cite}). Have these facts ready; blank ones are still to be found out.`
      : "No report to HHS is owed for this incident unless the breach assessment concludes it is a breach. The facts are listed for reference.";

  return {
    intro,
    dueDate: incident.businessAssociate ? null : (hhs?.dueDate ?? null),
    sections: [
      {
        title: "The covered entity",
        items: [
          { label: "Name of covered entity", value: incident.businessAssociate ? orNull(incident.coveredEntityName) : practice.name, hint: "As on your National Provider Identifier record." },
          { label: "Type of covered entity", value: incident.businessAssociate ? null : "Health care provider", hint: "The portal offers health plan, health care clearinghouse and health care provider." },
          { label: "Street address, city, State and ZIP code", value: incident.businessAssociate ? null : orNull(practice.address), hint: "The practice's mailing address." },
          { label: "Contact name", value: practice.securityOfficial, hint: "The person HHS should call with questions, usually the Privacy or Security Official." },
          { label: "Contact phone number", value: orNull(letter?.phone), hint: "A number where the contact can be reached." },
          { label: "Contact e-mail", value: orNull(letter?.email), hint: "HHS sends its confirmation to this address." },
        ],
      },
      {
        title: "Business associate",
        items: [
          {
            label: "Did the breach occur at or by a business associate?",
            value: incident.businessAssociate ? `Yes: this practice, as business associate of ${incident.coveredEntityName}` : "No, unless a vendor was involved",
            hint: "If a vendor (IT provider, billing service, cloud backup) caused the breach, give its name, address and contact.",
          },
        ],
      },
      {
        title: "The breach",
        items: [
          { label: "Date of breach", value: day(incident.occurredOn), hint: "The portal asks for a start date and, if it went on for a while, an end date." },
          { label: "Date of discovery", value: formatDay(incident.discoveredOn), hint: "The first day anyone at the practice knew, or should have known (45 CFR 164.404(a)(2))." },
          {
            label: "Approximate number of individuals affected",
            value: incident.individualsAffected === null ? null : incident.individualsAffected.toLocaleString("en-US"),
            hint: "Your best estimate; you can send an addendum later.",
          },
          { label: "Type of breach", value: INCIDENT_CATEGORY_LABELS[incident.category], hint: "Hacking/IT incident, improper disposal, loss, theft, unauthorized access/disclosure, or other." },
          {
            label: "Location of breached information",
            value: incident.locations.length > 0 ? incident.locations.map((location) => INFORMATION_LOCATION_LABELS[location]).join("; ") : null,
            hint: "Desktop computer, e-mail, laptop, network server, other portable device, electronic medical record, paper/films, or other.",
          },
          {
            label: "Type of protected health information involved",
            value: typeList.length > 0 ? `${groups.join(", ")}: ${typeList.join("; ")}` : null,
            hint: "Clinical, demographic, financial or other, with the details.",
          },
          { label: "Brief description of the breach", value: incident.description, hint: "What happened, in a few sentences." },
          {
            label: "Safeguards in place before the breach",
            value: null,
            hint: "For example: training, policies and procedures, encryption, passwords, locked storage. Your assessment and risk analysis in this app list them.",
          },
        ],
      },
      {
        title: "Notice of breach and actions taken",
        items: [
          { label: "Date individual notice provided", value: day(firstSent("individuals")), hint: "From the notice log." },
          { label: "Was substitute notice required?", value: substitute ? "Yes" : firstSent("individuals") ? "No" : null, hint: "Needed when 10 or more letters come back or addresses are out of date (45 CFR 164.404(d)(2))." },
          {
            label: "Was media notice required?",
            value: media ? `Yes${firstSent("media") ? `, given ${formatDay(firstSent("media")!)}` : ""}` : "No",
            hint: "Required for more than 500 residents of one State (45 CFR 164.406).",
          },
          {
            label: "Actions taken in response to the breach",
            value: actions.length > 0 ? actions.join("\n") : null,
            hint: "For example: changed passwords, added encryption, retrained staff, sanctioned a workforce member, offered credit monitoring, updated the risk analysis.",
          },
        ],
      },
    ],
  };
}
