import type { IncidentCategory, InformationLocation, InformationType, PhiInvolvement } from "../../shared/model/incident";
import { breachOutcome, FACTOR_QUESTIONS, type BreachException, type SafeHarborAnswer } from "../../shared/rules/breachAssessment";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { dayBetween, officeInstant, type GrowthContext } from "./tenYearContext";

interface IncidentKind {
  title: string;
  category: IncidentCategory;
  description: string;
  phi: PhiInvolvement;
  locations: InformationLocation[];
  informationTypes: InformationType[];
  /** The template asset it touched, if any. */
  asset: string | null;
  /** How the breach assessment came out; null when no patient information was involved. */
  assessment: null | { exception: BreachException; safeHarbor: SafeHarborAnswer | null; lowProbability: boolean };
  steps: [string, string, string];
}

const KINDS: readonly IncidentKind[] = [
  {
    title: "Phishing e-mail opened at the front desk",
    category: "hacking-it",
    description: "A receptionist opened an e-mail that looked like an insurance portal notice and clicked its link; no password was typed.",
    phi: "none",
    locations: ["email", "desktop"],
    informationTypes: [],
    asset: "front-desk-workstations",
    assessment: null,
    steps: ["Asked what was clicked and checked that no password was entered.", "IT provider scanned the computer and blocked the sender.", "Reminded everyone at the next huddle how to report such e-mails."],
  },
  {
    title: "Appointment letter mailed to the wrong address",
    category: "unauthorized-disclosure",
    description: "A recall letter for one patient went to a neighbor, who brought it back unopened the next day.",
    phi: "paper",
    locations: ["paper-films"],
    informationTypes: ["full-name", "home-address"],
    asset: null,
    assessment: { exception: "none", safeHarbor: "unsecured", lowProbability: true },
    steps: ["Confirmed which letter went where.", "The neighbor returned it unopened; kept it with the file.", "Front desk now checks the address against the chart before mailing."],
  },
  {
    title: "Encrypted USB drive lost on the way to the lab",
    category: "loss",
    description: "A USB drive with scans for a crown case was not found after a delivery run. The drive is encrypted with a password kept at the office.",
    phi: "electronic",
    locations: ["portable-device"],
    informationTypes: ["full-name", "images"],
    asset: "removable-media",
    assessment: { exception: "none", safeHarbor: "secured", lowProbability: false },
    steps: ["Searched the car and the lab's front desk.", "Confirmed the drive's encryption and that the password was not with it.", "Cases now go to the lab through its secure upload."],
  },
  {
    title: "X-rays e-mailed to the wrong specialist",
    category: "unauthorized-disclosure",
    description: "Bitewing X-rays for one patient were e-mailed to an oral surgeon's office instead of the endodontist's.",
    phi: "electronic",
    locations: ["email"],
    informationTypes: ["full-name", "images"],
    asset: "practice-email",
    assessment: { exception: "none", safeHarbor: "unsecured", lowProbability: true },
    steps: ["Called the oral surgeon's office the same hour.", "They deleted the e-mail and confirmed it in writing.", "Specialists' addresses saved in the address book."],
  },
  {
    title: "Old charts put out with the regular trash",
    category: "improper-disposal",
    description: "A box of charts due for shredding was set out with the regular trash by a temporary worker and taken by the city truck.",
    phi: "paper",
    locations: ["paper-films"],
    informationTypes: ["full-name", "date-of-birth", "treatment", "insurance"],
    asset: null,
    assessment: { exception: "none", safeHarbor: "unsecured", lowProbability: false },
    steps: ["Called the city to trace the truck; the load had already been compacted.", "Listed the patients whose charts were in the box.", "Boxes for shredding are now kept in the locked closet until the shredding company comes."],
  },
  {
    title: "Ransomware blocked by antivirus",
    category: "hacking-it",
    description: "The antivirus stopped a ransomware program from an e-mail attachment on an operatory computer before it ran.",
    phi: "none",
    locations: ["desktop"],
    informationTypes: [],
    asset: "operatory-workstations",
    assessment: null,
    steps: ["Took the computer off the network.", "IT provider cleaned it and checked the others.", "Attachments from outside senders now open in a protected view."],
  },
  {
    title: "Former employee's login still active",
    category: "other",
    description: "The quarterly access review found that a receptionist who left had a practice software login still working; it was not used after she left.",
    phi: "none",
    locations: ["electronic-record"],
    informationTypes: [],
    asset: "practice-management",
    assessment: null,
    steps: ["Disabled the login.", "Checked the software's sign-in report: no use after her last day.", "Added the practice software to the leaving checklist."],
  },
  {
    title: "Fax with a treatment plan sent to a wrong number",
    category: "unauthorized-disclosure",
    description: "A treatment plan faxed to an insurance company went to a mistyped number, a local business.",
    phi: "paper",
    locations: ["paper-films"],
    informationTypes: ["full-name", "insurance", "treatment"],
    asset: "fax",
    assessment: { exception: "none", safeHarbor: "unsecured", lowProbability: false },
    steps: ["Called the number; the business had thrown the fax away.", "Could not get an assurance in writing.", "Insurance fax numbers are now saved as speed dials."],
  },
  {
    title: "Hygienist looked up the wrong chart by mistake",
    category: "unauthorized-disclosure",
    description: "A hygienist opened another patient's chart with a similar name, saw it was wrong and closed it at once.",
    phi: "electronic",
    locations: ["electronic-record"],
    informationTypes: ["full-name", "treatment"],
    asset: "practice-management",
    assessment: { exception: "inadvertent-internal", safeHarbor: null, lowProbability: false },
    steps: ["The hygienist reported it herself.", "Checked the chart's access log.", "Charts now show the date of birth next to the name."],
  },
];

/**
 * Ten years of security incidents (45 CFR 164.308(a)(6)), all closed: what happened, the response
 * steps, the systems involved, and for those touching patient information the signed breach
 * assessment of 164.402, with the letter and the notices (164.404, 164.408(c)) where it was a breach.
 * Numbers continue after the sample's own incidents (the latest ones); the history's are numbered in
 * the order they were discovered.
 */
export function growIncidents(context: GrowthContext): void {
  const { db, plan, admin } = context;
  const random = context.random.fork("incidents");
  const existing = db.prepare("SELECT count(*) FROM incidents").pluck().get() as number;
  let number = db.prepare("SELECT coalesce(max(number), 0) FROM incidents").pluck().get() as number;
  const dates = Array.from({ length: Math.max(0, plan.incidents - existing) }, () => dayBetween(random, `${context.firstYear}-01-15`, `${context.lastHistoryYear}-11-30`)).sort();
  const insert = db.prepare(
    `INSERT INTO incidents (id, number, title, occurred_on, discovered_on, discovered_time, reported_by, description, category, locations, phi, information_types,
       individuals_affected, residents_by_state, status, closed_by, closed_at, closing_note, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @number, @title, @occurredOn, @discoveredOn, @discoveredTime, @reportedBy, @description, @category, @locations, @phi, @informationTypes,
       @individuals, @residents, 'closed', @adminId, @closedAt, @closingNote, @adminId, @createdAt, @adminId, @closedAt)`,
  );
  const insertStep = db.prepare(
    `INSERT INTO incident_steps (id, incident_id, phase, action, done_by, done_on, recorded_by, recorded_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const assetOf = db.prepare("SELECT a.id FROM risk_assets a JOIN risk_analyses r ON r.id = a.analysis_id WHERE r.year = ? AND a.template_id = ? LIMIT 1").pluck();
  const insertAsset = db.prepare("INSERT INTO incident_assets (incident_id, asset_id) VALUES (?, ?)");
  const insertAssessment = db.prepare(
    `INSERT INTO breach_assessments (incident_id, exception, exception_notes, safe_harbor, safe_harbor_notes, factor_answers, factor_notes, summary, conclusion, basis,
       signed_by, signed_at, updated_by, updated_at)
     VALUES (@id, @exception, @exceptionNotes, @safeHarbor, @safeHarborNotes, @factorAnswers, @factorNotes, @summary, @conclusion, @basis, @adminId, @signedAt, @adminId, @signedAt)`,
  );
  const insertLetter = db.prepare(
    `INSERT INTO breach_letters (incident_id, salutation, what_happened, information_involved, what_you_can_do, what_we_are_doing, contact_phone, signer_name, signer_title, updated_by, updated_at)
     VALUES (?, 'Dear Patient,', ?, ?, ?, ?, '217-555-0142', ?, 'Security Official', ?, ?)`,
  );
  const insertNotice = db.prepare(
    `INSERT INTO breach_notices (id, incident_id, recipient, sent_on, method, sent_to, recipients_count, notes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const reporters = ["Front desk", "Dr. Ellen Park", "The IT provider", "A hygienist", "A dental assistant"];

  db.transaction(() => {
    for (const discoveredOn of dates) {
      number += 1;
      const kind = random.pick(KINDS);
      const id = random.uuid();
      const createdAt = officeInstant(random, discoveredOn);
      const closedOn = addCalendarDays(discoveredOn, random.int(7, 45));
      const closedAt = officeInstant(random, closedOn);
      const individuals = kind.phi === "none" ? null : kind.category === "improper-disposal" ? random.int(20, 140) : random.int(1, 3);
      const name = `incident ${number}`;
      insert.run({
        id,
        number,
        title: kind.title,
        occurredOn: addCalendarDays(discoveredOn, -random.int(0, 2)),
        discoveredOn,
        discoveredTime: `${String(random.int(8, 16)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`,
        reportedBy: random.pick(reporters),
        description: kind.description,
        category: kind.category,
        locations: JSON.stringify(kind.locations),
        phi: kind.phi,
        informationTypes: JSON.stringify(kind.informationTypes),
        individuals,
        residents: individuals ? JSON.stringify({ IL: individuals }) : "{}",
        adminId: admin.id,
        closedAt,
        closingNote: "Response finished; the change is in place.",
        createdAt,
      });
      context.audit.record({
        at: createdAt,
        actor: admin,
        action: "incident.recorded",
        recordType: "incident",
        recordId: id,
        summary: `Recorded incident ${number}: “${kind.title}”, discovered ${discoveredOn}`,
      });
      const year = Number(discoveredOn.slice(0, 4));
      const assetId = kind.asset ? (assetOf.get(year, kind.asset) as string | undefined) : undefined;
      if (assetId) insertAsset.run(id, assetId);
      const phases = ["triage", "containment", "recovery"] as const;
      phases.forEach((phase, index) => {
        const doneOn = addCalendarDays(discoveredOn, index * random.int(0, 5));
        const at = officeInstant(random, doneOn);
        const stepId = random.uuid();
        insertStep.run(stepId, id, phase, kind.steps[index]!, "Dana Whitfield", doneOn, admin.id, at, admin.id, at);
        context.audit.record({ at, actor: admin, action: "incident.step-added", recordType: "incident", recordId: id, summary: `Recorded a ${phase} step for ${name}: ${kind.steps[index]!.slice(0, 120)}` });
      });
      let breach = false;
      if (kind.assessment) {
        // The four factors are weighed only when no exception applies and the information was not secured.
        const weighed = kind.assessment.exception === "none" && kind.assessment.safeHarbor === "unsecured";
        const answers = weighed ? factorAnswers(kind.assessment.lowProbability) : {};
        const outcome = breachOutcome({ exception: kind.assessment.exception, safeHarbor: kind.assessment.safeHarbor, factorAnswers: answers });
        if (outcome.kind === "incomplete") throw new Error(`The ten-year incident "${kind.title}" has an incomplete breach assessment.`);
        breach = outcome.kind === "breach";
        const signedOn = addCalendarDays(discoveredOn, random.int(2, 6));
        const signedAt = officeInstant(random, signedOn);
        const notes = "Looked at with the Security Official and recorded on the day, with the facts as the steps above describe them.";
        const exceptionNotes = kind.assessment.exception === "none" ? "" : "The hygienist is authorized to use the chart system, opened the chart by mistake in good faith, and shared nothing further.";
        const safeHarborNotes = kind.assessment.safeHarbor === "secured" ? "The drive is encrypted with AES-256 and its password was kept at the office, never with the drive." : "";
        insertAssessment.run({
          id,
          exception: kind.assessment.exception,
          exceptionNotes,
          safeHarbor: kind.assessment.safeHarbor,
          safeHarborNotes,
          factorAnswers: JSON.stringify(answers),
          factorNotes: JSON.stringify({ nature: notes, recipient: notes, acquired: notes, mitigation: notes }),
          summary: breach ? "A breach: the notices are owed to the patients and, in the yearly log, to HHS." : "Not a breach, for the reasons recorded in each step.",
          conclusion: breach ? "breach" : "not-a-breach",
          basis: outcome.kind === "breach" ? "factors" : outcome.basis,
          adminId: admin.id,
          signedAt,
        });
        context.audit.record({ at: signedAt, actor: admin, action: "incident.breach-assessment-signed", recordType: "incident", recordId: id, summary: `Signed off the breach assessment of ${name}` });
      }
      if (breach && individuals) {
        const letterOn = addCalendarDays(discoveredOn, random.int(10, 30));
        insertLetter.run(id, kind.description, "Your name and the other details listed in the notice.", "Watch your insurer's statements and call us with any question.", kind.steps[2], "Dana Whitfield", admin.id, officeInstant(random, letterOn));
        context.audit.record({ at: officeInstant(random, letterOn), actor: admin, action: "incident.letter-saved", recordType: "incident", recordId: id, summary: `Saved the letter to individuals for ${name}` });
        const notices = [
          { recipient: "individuals", sentOn: addCalendarDays(letterOn, 1), method: "first-class-mail", sentTo: `The ${individuals} patients, at their last known addresses`, count: individuals },
          // Fewer than 500 people: HHS is told in the yearly log, within 60 days of the year's end (164.408(c)).
          { recipient: "hhs", sentOn: `${year + 1}-02-${String(random.int(10, 27)).padStart(2, "0")}`, method: "hhs-breach-portal", sentTo: "HHS breach portal", count: individuals },
        ];
        for (const notice of notices) {
          const noticeId = random.uuid();
          const at = officeInstant(random, notice.sentOn);
          insertNotice.run(noticeId, id, notice.recipient, notice.sentOn, notice.method, notice.sentTo, notice.count, admin.id, at);
          context.audit.record({ at, actor: admin, action: "incident.notice-logged", recordType: "incident", recordId: id, summary: `Logged a notice for ${name}: ${notice.recipient}, sent ${notice.sentOn}` });
        }
      }
      context.audit.record({ at: closedAt, actor: admin, action: "incident.closed", recordType: "incident", recordId: id, summary: `Closed ${name}` });
    }
  })();
}

/** Answers to every factor question: all pointing to a low probability of compromise, or all against it. */
function factorAnswers(lowProbability: boolean): Record<string, string> {
  return Object.fromEntries(
    FACTOR_QUESTIONS.map((question) => {
      const lower = question.options.find((option) => option.finding === "lower")!.id;
      const higher = question.options.find((option) => option.finding === "higher")!.id;
      return [question.id, lowProbability ? lower : higher];
    }),
  );
}
