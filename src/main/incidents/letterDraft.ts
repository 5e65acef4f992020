import type { BreachLetterInput, IncidentView, InformationType, ResponseStepView } from "../../shared/model/incident";
import type { PracticeProfile } from "../../shared/model/practice";
import { formatDay } from "../../shared/time/zonedTime";

/** Each kind of information as the letter names it to the patient (164.404(c)(1)(B)). */
const LETTER_PHRASES: Record<InformationType, string> = {
  "full-name": "your full name",
  ssn: "your Social Security number",
  "date-of-birth": "your date of birth",
  "home-address": "your home address",
  "contact-details": "your phone number or e-mail address",
  "account-number": "your patient account or chart number",
  insurance: "your health insurance information",
  financial: "your bank account or payment card number",
  "drivers-license": "your driver's license number",
  diagnosis: "diagnoses or health conditions",
  "disability-code": "disability codes",
  treatment: "treatment information, such as procedures, medications or notes",
  images: "X-rays, photos or scans",
};

const IDENTITY_THEFT_RISK: readonly InformationType[] = ["ssn", "drivers-license", "financial"];

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The first draft of the letter to individuals, from the incident and the practice, with each
 * content element of 45 CFR 164.404(c)(1)(A) to (E) in plain language (164.404(c)(2)). The office
 * manager edits it before it is sent.
 */
export function draftLetter(practice: PracticeProfile, incident: IncidentView, steps: readonly ResponseStepView[]): BreachLetterInput {
  const when = incident.occurredOn
    ? `The incident happened on ${formatDay(incident.occurredOn)}, and we discovered it on ${formatDay(incident.discoveredOn)}.`
    : `We have not been able to find out exactly when the incident happened; we discovered it on ${formatDay(incident.discoveredOn)}.`;
  const whatHappened = `We are writing to tell you about an incident at ${practice.name} that involved some of your information. ${sentence(incident.description)} ${when}`;

  const phrases = incident.informationTypes.map((type) => LETTER_PHRASES[type]);
  if (incident.otherInformation.trim()) phrases.push(incident.otherInformation.trim());
  const informationInvolved =
    phrases.length > 0
      ? `The information involved may have included ${joinList(phrases)}.`
      : "We are still reviewing exactly which of your information was involved.";

  const can = [
    "Review the statements you receive from your health insurer and from our office. If you see a service you did not receive, call the insurer or us.",
  ];
  if (incident.informationTypes.some((type) => IDENTITY_THEFT_RISK.includes(type))) {
    can.push(
      "You may want to place a free fraud alert or security freeze on your credit file with the three nationwide credit bureaus (Equifax, Experian and TransUnion), and check your credit reports for free at www.annualcreditreport.com. If you believe someone is using your information, report it to the Federal Trade Commission at www.identitytheft.gov.",
    );
  }
  if (incident.informationTypes.includes("financial")) {
    can.push("Watch your bank and card statements, and tell your bank at once about any charge you do not recognize.");
  }

  const actions = steps.filter((step) => step.phase !== "triage").map((step) => sentence(step.action));
  const doing = ["As soon as we learned of this, we began to investigate."];
  if (actions.length > 0) doing.push(`Since then, we have taken these steps: ${actions.join(" ")}`);
  doing.push("To help prevent this from happening again, we are reviewing our safeguards and our staff training.");

  return {
    salutation: "Dear Patient,",
    whatHappened,
    informationInvolved,
    whatYouCanDo: can.join("\n\n"),
    whatWeAreDoing: doing.join(" "),
    contactPhone: "",
    contactEmail: "",
    contactWebsite: "",
    contactAddress: practice.address,
    signerName: practice.securityOfficial,
    signerTitle: "Security Official",
  };
}

/** Elements of 164.404(c)(1) the letter may still lack; advice, not a refusal. */
export function letterWarnings(letter: BreachLetterInput, incident: IncidentView): string[] {
  const warnings: string[] = [];
  const mentionsDiscovery = [formatDay(incident.discoveredOn), incident.discoveredOn].some((date) => letter.whatHappened.includes(date));
  if (!mentionsDiscovery) {
    warnings.push(`Say when the breach happened, if known, and when it was discovered (${formatDay(incident.discoveredOn)}): 45 CFR 164.404(c)(1)(A).`);
  }
  if (incident.informationTypes.length === 0 && incident.otherInformation.trim() === "") {
    warnings.push("The incident does not record which kinds of information were involved. The letter must name them: 45 CFR 164.404(c)(1)(B).");
  }
  if (letter.contactPhone.trim() === "") {
    warnings.push(
      "There is no toll-free number. The law accepts an e-mail address, web site or postal address instead, but a toll-free number is what most patients use, and substitute notice needs one active for 90 days (45 CFR 164.404(d)(2)(ii)).",
    );
  }
  return warnings;
}
