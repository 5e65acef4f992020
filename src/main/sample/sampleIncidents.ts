import type { ChannelInput } from "../../shared/ipc/contract";
import type { AssetKind } from "../../shared/risk/assetKinds";
import type { SampleCalendar } from "./sampleCalendar";
import type { SampleDriver } from "./sampleDriver";

/**
 * The sample's incident log (45 CFR 164.308(a)(6)) and breach notification (164.400 to 164.414): last
 * year a referral e-mailed to the wrong dental office, assessed as a low probability of compromise and
 * closed; this year an encrypted phone lost (secured, so not a breach) and a referral packet for three
 * patients sent to a stranger, assessed as a breach, the patients notified, and the yearly report of
 * small breaches to HHS still to make (164.408(c)).
 */

type IncidentFacts = ChannelInput<"incidents.create">["incident"];
type Assessment = ChannelInput<"incidents.assessment.save">["assessment"];
type Step = ChannelInput<"incidents.steps.add">["step"];

function facts(fields: Partial<IncidentFacts> & Pick<IncidentFacts, "title" | "discoveredOn" | "reportedBy" | "description" | "category" | "phi">): IncidentFacts {
  return { occurredOn: null, occurredTime: null, discoveredTime: null, assetIds: [], otherSystems: "", locations: [], informationTypes: [], otherInformation: "", individualsAffected: null, residents: [], ...fields };
}

async function steps(driver: SampleDriver, incidentId: string, list: Step[]): Promise<void> {
  for (const step of list) await driver.must("incidents.steps.add", { incidentId, step });
}

const LOW_PROBABILITY: Assessment = {
  exception: "none",
  exceptionNotes: "",
  safeHarbor: "unsecured",
  safeHarborNotes: "The e-mail was sent without encryption.",
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
    nature: "One patient's chart number and a single bitewing X-ray with no name on it; nothing the other office could tie to a person, and no insurance or payment details.",
    recipient: "Another dental office in town, itself a covered entity that must protect health information under HIPAA.",
    acquired: "Their office manager called within the hour: the attachment was not opened, and their mail log shows it was not forwarded.",
    mitigation: "They deleted the e-mail from the inbox and the trash and signed a statement saying so, kept with this incident.",
  },
  summary:
    "The e-mail went to another covered dental office that did not open the attachment, deleted it and confirmed so in writing. All four factors point to a low probability that the information was compromised, so no notice is owed.",
};

const SECURED: Assessment = {
  exception: "none",
  exceptionNotes: "",
  safeHarbor: "secured",
  safeHarborNotes:
    "The phone is encrypted (the manufacturer's full-device encryption, on by default) and locked with a six-digit passcode that was not written down or lost with it. It was erased remotely the same afternoon.",
  factorAnswers: {},
  factorNotes: { nature: "", recipient: "", acquired: "", mitigation: "" },
  summary: "The practice e-mail on the lost phone was encrypted to HHS's standard and the passcode was not exposed, so it was not unsecured PHI and this is not a breach.",
};

const BREACH: Assessment = {
  exception: "none",
  exceptionNotes: "",
  safeHarbor: "unsecured",
  safeHarborNotes: "Plain e-mail and printed copies in the mail.",
  factorAnswers: {
    "nature-financial": "no",
    "nature-clinical": "yes",
    "nature-identifiable": "yes",
    "recipient-obligated": "no",
    "recipient-intent": "no",
    "acquired-viewed": "unknown",
    "mitigation-assurance": "no",
  },
  factorNotes: {
    nature: "Names, birth dates, insurance member numbers, X-rays and the treatment planned for three patients.",
    recipient: "A member of the public whose e-mail address the address book suggested; no sign they meant any harm.",
    acquired: "We can't tell whether the e-mail or the mailed copies were opened.",
    mitigation: "Two requests to delete the e-mail and return the papers got no answer.",
  },
  summary:
    "A stranger received three patients' referral packets by e-mail and by mail and has not confirmed deleting or returning them. We cannot show a low probability of compromise, so this is a breach and the three patients must be told.",
};

export async function buildSampleIncidents(driver: SampleDriver, calendar: SampleCalendar): Promise<void> {
  const choices = await driver.must("incidents.assetChoices", {});
  const assetsOfKind = (...kinds: AssetKind[]) => choices.assets.filter((asset) => kinds.includes(asset.kind)).map((asset) => asset.id);

  // Last year: a referral to the wrong dental office, a low probability of compromise, closed.
  const emailedOn = calendar.last("06-12");
  const misdirected = await driver.must("incidents.create", {
    incident: facts({
      title: "Referral e-mailed to the wrong dental office",
      occurredOn: emailedOn,
      occurredTime: "10:40",
      discoveredOn: emailedOn,
      discoveredTime: "11:25",
      reportedBy: "Olivia Grant",
      description:
        "A referral for one patient, identified by chart number only, with a bitewing X-ray, was e-mailed to another dental office whose address the e-mail program filled in instead of the oral surgeon's. That office called to say it had arrived.",
      category: "unauthorized-disclosure",
      otherSystems: "Practice e-mail",
      locations: ["email"],
      phi: "electronic",
      informationTypes: ["account-number", "images"],
      individualsAffected: 1,
      residents: [{ state: "IL", count: 1 }],
    }),
  });
  await steps(driver, misdirected.incident.id, [
    { phase: "triage", action: "Called the other office and confirmed which e-mail arrived and that it was not opened.", doneBy: "Olivia Grant", doneOn: emailedOn, doneTime: "11:30" },
    { phase: "containment", action: "Asked them to delete it from the inbox and the trash and to sign a statement; the statement came back the same day.", doneBy: "Olivia Grant", doneOn: emailedOn, doneTime: "12:10" },
    { phase: "recovery", action: "Turned off address auto-complete in the practice e-mail and reminded the front desk to check the address before sending.", doneBy: "Prairie Tech Solutions", doneOn: calendar.after(emailedOn, 2), doneTime: null },
  ]);
  await driver.must("incidents.assessment.save", { incidentId: misdirected.incident.id, assessment: LOW_PROBABILITY });
  await driver.must("incidents.assessment.signOff", { incidentId: misdirected.incident.id });
  await driver.must("incidents.setStatus", { id: misdirected.incident.id, status: "closed", note: "Not a breach: low probability of compromise, signed off. Auto-complete turned off." });

  // This year: an encrypted phone left in a taxi; secured, so not a breach.
  const lostOn = calendar.current("04-22");
  const phone = await driver.must("incidents.create", {
    incident: facts({
      title: "Office manager's phone lost in a taxi",
      occurredOn: lostOn,
      occurredTime: "18:15",
      discoveredOn: lostOn,
      discoveredTime: "19:00",
      reportedBy: "Dana Whitfield",
      description: "The office manager's phone, which receives the practice e-mail, was left in a taxi on the way home and not found.",
      category: "loss",
      assetIds: assetsOfKind("mobile-device"),
      otherSystems: "Practice e-mail on the phone",
      locations: ["portable-device", "email"],
      phi: "electronic",
      informationTypes: ["full-name", "contact-details", "treatment"],
    }),
  });
  await steps(driver, phone.incident.id, [
    { phase: "containment", action: "Erased the phone remotely and signed it out of the practice e-mail.", doneBy: "Prairie Tech Solutions", doneOn: lostOn, doneTime: "19:40" },
    { phase: "recovery", action: "Set up a replacement phone with encryption and a passcode, checked by the IT provider.", doneBy: "Prairie Tech Solutions", doneOn: calendar.after(lostOn, 1), doneTime: null },
  ]);
  await driver.must("incidents.assessment.save", { incidentId: phone.incident.id, assessment: SECURED });
  await driver.must("incidents.assessment.signOff", { incidentId: phone.incident.id });
  await driver.must("incidents.setStatus", { id: phone.incident.id, status: "closed", note: "Not a breach: the phone was encrypted and erased remotely." });

  // This year: three patients' referral packets sent to a stranger; a breach, with notices.
  const sentOn = calendar.current("09-08");
  const foundOn = calendar.after(sentOn, 2);
  const breach = await driver.must("incidents.create", {
    incident: facts({
      title: "Referral packets for three patients sent to a stranger",
      occurredOn: sentOn,
      occurredTime: "15:20",
      discoveredOn: foundOn,
      discoveredTime: "09:05",
      reportedBy: "Tyler Brooks",
      description:
        "Referral packets for three patients (the referral letter, X-rays and treatment plan) were e-mailed to a private e-mail address the address book suggested, and printed copies were mailed to the same person. The periodontist's office called two days later asking where the referrals were.",
      category: "unauthorized-disclosure",
      assetIds: assetsOfKind("practice-software"),
      otherSystems: "Practice e-mail; printed copies in the mail",
      locations: ["email", "paper-films"],
      phi: "electronic-and-paper",
      informationTypes: ["full-name", "date-of-birth", "insurance", "images", "treatment"],
      individualsAffected: 3,
      residents: [{ state: "IL", count: 3 }],
    }),
  });
  const breachId = breach.incident.id;
  await steps(driver, breachId, [
    { phase: "triage", action: "Found the wrong address in the sent mail and worked out which three patients' packets went there.", doneBy: "Tyler Brooks", doneOn: foundOn, doneTime: "09:40" },
    { phase: "containment", action: "E-mailed and wrote to the recipient asking them to delete the e-mail and return the papers; no answer.", doneBy: "Dana Whitfield", doneOn: foundOn, doneTime: "11:00" },
    { phase: "recovery", action: "Removed the wrong address from the address book and started sending referrals through the software's secure referral feature.", doneBy: "Dana Whitfield", doneOn: calendar.after(foundOn, 3), doneTime: null },
  ]);
  await driver.must("incidents.assessment.save", { incidentId: breachId, assessment: BREACH });
  await driver.must("incidents.assessment.signOff", { incidentId: breachId });

  const { saved: _saved, warnings: _warnings, ...draft } = await driver.must("incidents.letter.get", { incidentId: breachId });
  await driver.must("incidents.letter.save", {
    incidentId: breachId,
    letter: { ...draft, contactPhone: "1-800-555-0147", contactEmail: "privacy@smiledental.example", contactAddress: "Smile Dental, 410 Elm Street, Springfield, IL 62704" },
  });
  await driver.must("incidents.notices.add", {
    incidentId: breachId,
    notice: {
      recipient: "individuals",
      sentOn: calendar.after(foundOn, 12),
      method: "first-class-mail",
      sentTo: "The three patients, at their home addresses on file",
      recipientsCount: 3,
      notes: "The saved letter, signed by the Security Official, with a copy kept with this incident.",
    },
  });
  // Fewer than 500 people: HHS is told in the yearly log within 60 days of the year's end (164.408(c)).
  await driver.must("incidents.setStatus", { id: breachId, status: "recovered", note: "Patients notified; the report to HHS goes in the yearly log of small breaches." });
}
