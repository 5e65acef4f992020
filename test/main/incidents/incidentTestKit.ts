import type { ChannelInput } from "../../../src/shared/ipc/contract";
import type { IncidentDetail } from "../../../src/shared/model/incident";
import { teamCore, type Core } from "../../support/team";
export { STAFF, READER, signInAs, signInAsAdmin, refused, type Core } from "../../support/team";

/** A fresh vault with the Administrator signed in, plus a Staff and a Read-only account. */
export const incidentCore = teamCore;

export type IncidentFacts = ChannelInput<"incidents.create">["incident"];

/** A stolen laptop with 40 patients' information on it, discovered on 3 March 2025. */
export const STOLEN_LAPTOP: IncidentFacts = {
  title: "Hygienist's laptop stolen from a car",
  occurredOn: "2025-03-02",
  occurredTime: "19:30",
  discoveredOn: "2025-03-03",
  discoveredTime: "08:15",
  reportedBy: "Jamal Reed",
  description: "A laptop with the schedule and X-rays of 40 patients was stolen from a parked car.",
  category: "theft",
  locations: ["laptop"],
  phi: "electronic",
  informationTypes: ["full-name", "date-of-birth", "images", "ssn"],
  individualsAffected: 40,
  residents: [
    { state: "IL", count: 38 },
    { state: "IN", count: 2 },
  ],
};

export async function recordIncident(c: Core, facts: Partial<IncidentFacts> = {}): Promise<IncidentDetail> {
  return c.must("incidents.create", { incident: { ...STOLEN_LAPTOP, ...facts } });
}

type AssessmentInput = ChannelInput<"incidents.assessment.save">["assessment"];

const NOTES = {
  nature: "Names, birth dates, X-rays and Social Security numbers.",
  recipient: "A thief who broke into the car.",
  acquired: "We cannot tell whether the files were opened.",
  mitigation: "The laptop was not recovered; the police report is filed.",
};

/** Every factor answered, each pointing to a higher risk: the rule concludes a breach. */
export const BREACH_ANSWERS: AssessmentInput = {
  exception: "none",
  safeHarbor: "unsecured",
  factorAnswers: {
    "nature-financial": "yes",
    "nature-clinical": "no",
    "nature-identifiable": "yes",
    "recipient-obligated": "no",
    "recipient-intent": "yes",
    "acquired-viewed": "unknown",
    "mitigation-assurance": "no",
  },
  factorNotes: NOTES,
  summary: "The laptop was not encrypted and was stolen, so we cannot show a low probability of compromise.",
};

/** Every factor pointing to a lower risk: a low probability of compromise. */
export const LOW_PROBABILITY_ANSWERS: AssessmentInput = {
  exception: "none",
  safeHarbor: "unsecured",
  factorAnswers: {
    "nature-financial": "no",
    "nature-clinical": "no",
    "nature-identifiable": "no",
    "recipient-obligated": "yes",
    "recipient-intent": "no",
    "acquired-viewed": "no",
    "mitigation-assurance": "yes",
  },
  factorNotes: {
    nature: "Only appointment times with chart numbers, no names.",
    recipient: "Another dental office that must follow HIPAA.",
    acquired: "The office returned the fax and says it was not read.",
    mitigation: "They signed a statement that they destroyed their copy.",
  },
  summary: "The fax went to another covered dental office, which returned and destroyed it unread.",
};

/** Answers the assessment as a breach and signs it off as the Administrator. */
export async function assessAsBreach(c: Core, incidentId: string): Promise<IncidentDetail> {
  await c.must("incidents.assessment.save", { incidentId, assessment: BREACH_ANSWERS });
  return c.must("incidents.assessment.signOff", { incidentId });
}

