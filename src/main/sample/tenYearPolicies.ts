import { nextReviewDate, retentionDate } from "../../shared/rules/policyRetention";
import { acknowledgmentStatement, personNameKey } from "../../shared/rules/policyAcknowledgment";
import { addCalendarDays, daysBetween } from "../../shared/rules/calendarDates";
import { readPractice } from "../services/practiceService";
import { lastHistoryDay, officeInstant, type GrowthContext } from "./tenYearContext";
import type { SeededRandom } from "./tenYearRandom";
import type { HistoryPerson } from "./tenYearWorkforce";

/** The practice's own procedures, written over the years beside the generated set: title, summary, citations, what it says. */
const OWN_POLICIES: readonly { title: string; summary: string; cfr: string[]; purpose: string; rules: string[] }[] = [
  {
    title: "Dental X-rays and intraoral images",
    summary: "Where X-rays and intraoral photos are kept, who may copy them, and how they leave the office.",
    cfr: ["164.310(d)(1)", "164.312(c)(1)"],
    purpose: "X-rays and photos are patient information like the chart, and are handled the same way.",
    rules: ["Images are kept only in the imaging software.", "Copies for specialists go through the imaging software's secure sharing, never by personal e-mail.", "Exports to USB drives use the encrypted drives kept at the front desk."],
  },
  {
    title: "Patient photos and social media",
    summary: "No patient appears on the practice's social media without written permission.",
    cfr: ["164.308(a)(5)(i)"],
    purpose: "Smile photos are popular on social media and are patient information.",
    rules: ["A patient's photo is posted only with the signed permission form on file.", "Staff never post photos taken in the office on their own accounts."],
  },
  {
    title: "Texting and e-mailing patients",
    summary: "What may be sent to patients by text and e-mail, and from which systems.",
    cfr: ["164.312(e)(1)"],
    purpose: "Reminders by text are convenient; clinical details by text are not safe.",
    rules: ["Appointment reminders go through the patient messaging service only.", "No diagnoses, X-rays or balances in a text message.", "A patient who asks for records by e-mail gets them through the secure e-mail option."],
  },
  {
    title: "Visitors in the clinical area",
    summary: "Who may walk past the front desk, and with whom.",
    cfr: ["164.310(a)(1)"],
    purpose: "Screens and charts in the operatories are in view of anyone walking by.",
    rules: ["Vendors and repair technicians sign the visitor log and are accompanied.", "Family members stay in the operatory of the patient they came with."],
  },
  {
    title: "Clean desk and screens",
    summary: "Nothing with patient information left out at the end of the day.",
    cfr: ["164.310(b)", "164.310(c)"],
    purpose: "Papers and unlocked screens are the commonest way patient information is seen by the wrong person.",
    rules: ["Papers with patient information go in the locked drawer or the shredding bin by closing.", "Screens are locked whenever you step away."],
  },
  {
    title: "Remote access by the IT provider",
    summary: "How the IT provider connects to office computers from outside.",
    cfr: ["164.312(a)(1)", "164.308(b)(1)"],
    purpose: "Remote support is useful and is also a door into the office network.",
    rules: ["Remote sessions are started from the office, by staff, for each visit.", "The IT provider's BAA is on file before any remote access."],
  },
  {
    title: "Disposal of old computers and devices",
    summary: "How computers, drives, phones and copiers are cleared before they leave.",
    cfr: ["164.310(d)(2)(i)", "164.310(d)(2)(ii)"],
    purpose: "Old devices hold patient information long after they stop being used.",
    rules: ["Drives are wiped or destroyed by the IT provider, with a certificate kept for six years.", "Leased copiers are cleared before they are returned."],
  },
  {
    title: "Paper records retention and destruction",
    summary: "How long paper charts are kept, and how they are destroyed.",
    cfr: ["164.310(d)(2)(i)", "164.316(b)(2)(i)"],
    purpose: "Old charts are kept as state law requires and then destroyed safely.",
    rules: ["Charts are destroyed only by the shredding company, under its BAA.", "The list of charts destroyed is kept six years."],
  },
  {
    title: "Personal phones in the operatories",
    summary: "When staff may carry their own phones, and what they may not do with them.",
    cfr: ["164.310(b)"],
    purpose: "A personal phone can photograph a screen or a chart in a second.",
    rules: ["Personal phones stay in the staff room during patient care.", "No photos of patients, charts or screens on personal phones."],
  },
  {
    title: "Working on patient records from home",
    summary: "Who may work from home, and on which computers.",
    cfr: ["164.312(a)(1)", "164.310(b)"],
    purpose: "Billing work from home is allowed only on the practice's laptop.",
    rules: ["Only the practice laptop connects to the practice software from home.", "No printing at home."],
  },
  {
    title: "Front desk conversations and sign-in",
    summary: "Keeping what is said and signed at the front desk private.",
    cfr: ["164.308(a)(5)(i)"],
    purpose: "Patients in the waiting room hear what is said at the front desk.",
    rules: ["The sign-in sheet asks for the name only.", "Balances and treatment are discussed in the consultation room."],
  },
  {
    title: "Password manager and shared logins",
    summary: "How the practice keeps the passwords of shared accounts.",
    cfr: ["164.308(a)(5)(ii)(D)", "164.312(d)"],
    purpose: "Some vendor portals allow one login per practice; their passwords must still be protected.",
    rules: ["Shared passwords are kept in the practice's password manager only.", "They are changed when someone who knew them leaves."],
  },
];

function bodyFor(policy: (typeof OWN_POLICIES)[number], practiceName: string, year: number, version: number): string {
  const change = version === 1 ? "First version." : `Reviewed and updated in ${year} (version ${version}).`;
  return [
    "## Purpose",
    `${policy.purpose} This policy applies to everyone who works at ${practiceName}.`,
    "## What we do",
    ...policy.rules.map((rule) => `- ${rule}`),
    "## Changes",
    change,
  ].join("\n\n");
}

/**
 * The practice's own policies (45 CFR 164.316), written beside the generated set over the years: each
 * revised once or twice a year, every version approved by the Administrator and in effect until the
 * next one replaced it, kept six years after (the retention dates the database checks), reviewed
 * in the years without a change, and acknowledged by the staff working at the time. The sample's
 * generated policies took effect today, so the history's versions belong to these.
 */
export function growPolicies(context: GrowthContext, people: readonly HistoryPerson[]): void {
  const { db, plan } = context;
  const random = context.random.fork("policies");
  const existing = db.prepare("SELECT count(*) FROM policy_versions").pluck().get() as number;
  const wanted = Math.max(0, plan.policyVersions - existing);
  if (wanted === 0) return;
  const policyCount = Math.min(OWN_POLICIES.length, Math.max(1, Math.round(wanted / 10)));
  const position = (db.prepare("SELECT coalesce(max(position), -1) + 1 FROM policies").pluck().get() as number) ?? 0;
  const practiceName = readPractice(db).name;
  db.transaction(() => {
    for (let index = 0; index < policyCount; index++) {
      const versions = Math.floor(wanted / policyCount) + (index < wanted % policyCount ? 1 : 0);
      writePolicy(context, random, OWN_POLICIES[index]!, position + index, versions, practiceName, people);
    }
  })();
}

function writePolicy(
  context: GrowthContext,
  random: SeededRandom,
  policy: (typeof OWN_POLICIES)[number],
  position: number,
  count: number,
  practiceName: string,
  people: readonly HistoryPerson[],
): void {
  const { db, admin } = context;
  const id = random.uuid();
  const first = `${context.firstYear}-02-01`;
  const last = `${context.lastHistoryYear}-11-30`;
  const span = Math.max(count * 20, daysBetween(first, last));
  // Drafted on evenly spread days, approved a few days later, each replacing the one before.
  const created = Array.from({ length: count }, (_, i) => addCalendarDays(first, Math.floor((span * i) / count) + random.int(0, 5)));
  const approved = created.map((day) => addCalendarDays(day, random.int(1, 6)));
  db.prepare("INSERT INTO policies (id, template_id, position, created_by, created_at) VALUES (?, NULL, ?, ?, ?)").run(id, position, admin.id, officeInstant(random, created[0]!));
  const insertVersion = db.prepare(
    `INSERT INTO policy_versions (id, policy_id, number, title, summary, cfr, body, source, change_summary, diff_summary, editor_notes, status,
       created_by, created_at, created_on, approved_by, approved_at, effective_from, effective_until, next_review_date, retain_until)
     VALUES (@id, @policyId, @number, @title, @summary, @cfr, @body, 'edit', @changeSummary, '', '[]', @status, @by, @createdAt, @createdOn, @by, @approvedAt,
       @effectiveFrom, @effectiveUntil, @nextReview, @retainUntil)`,
  );
  const insertReview = db.prepare("INSERT INTO policy_reviews (id, version_id, reviewed_by, reviewed_at, reviewed_on, note, next_review_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertAck = db.prepare(
    `INSERT INTO policy_acknowledgments (id, version_id, person_kind, person_id, typed_name, name_key, statement, acknowledged_at, recorded_by)
     VALUES (?, ?, 'workforce', ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < count; i++) {
    const number = i + 1;
    const versionId = random.uuid();
    const effectiveFrom = approved[i]!;
    const until = i + 1 < count ? approved[i + 1]! : null;
    // The annual reviews that found no change needed, while this version was in effect.
    const reviews: string[] = [];
    let nextReview = nextReviewDate(effectiveFrom);
    const reviewEnd = until ?? addCalendarDays(lastHistoryDay(context), 1);
    while (nextReview < reviewEnd) {
      reviews.push(nextReview);
      nextReview = nextReviewDate(nextReview);
    }
    const year = Number(created[i]!.slice(0, 4));
    insertVersion.run({
      id: versionId,
      policyId: id,
      number,
      title: policy.title,
      summary: policy.summary,
      cfr: JSON.stringify(policy.cfr),
      body: bodyFor(policy, practiceName, year, number),
      changeSummary: number === 1 ? "First version, written by the Security Official." : `Yearly revision for ${year}.`,
      status: until ? "superseded" : "in-effect",
      by: admin.id,
      createdAt: officeInstant(random, created[i]!),
      createdOn: created[i]!,
      approvedAt: officeInstant(random, effectiveFrom),
      effectiveFrom,
      effectiveUntil: until,
      nextReview,
      retainUntil: until ? retentionDate(created[i]!, until) : null,
    });
    context.audit.record({
      at: officeInstant(random, created[i]!),
      actor: admin,
      action: "policies.edited",
      recordType: "policy-version",
      recordId: versionId,
      summary: `Saved version ${number} of the policy "${policy.title}" as a draft`,
    });
    context.audit.record({
      at: officeInstant(random, effectiveFrom),
      actor: admin,
      action: "policies.approved",
      recordType: "policy-version",
      recordId: versionId,
      summary: number > 1
        ? `Approved version ${number} of the policy "${policy.title}"; it replaces version ${number - 1} from ${effectiveFrom}`
        : `Approved version ${number} of the policy "${policy.title}"; it is in effect from ${effectiveFrom}`,
      changes: { policyId: id, effectiveFrom },
    });
    reviews.forEach((reviewedOn, r) => {
      const reviewId = random.uuid();
      const next = r + 1 < reviews.length ? reviews[r + 1]! : nextReview;
      insertReview.run(reviewId, versionId, admin.id, officeInstant(random, reviewedOn), reviewedOn, "Read through at the yearly review; nothing to change.", next);
      context.audit.record({
        at: officeInstant(random, reviewedOn),
        actor: admin,
        action: "policies.reviewed",
        recordType: "policy-version",
        recordId: versionId,
        summary: `Reviewed the policy "${policy.title}" (version ${number}) with no change needed; next review by ${next}`,
      });
    });
    const ackBy = addCalendarDays(effectiveFrom, 30);
    const present = people.filter((person) => person.hireDate <= effectiveFrom && (person.terminationDate === null || person.terminationDate >= ackBy));
    for (const person of random.sample(present, random.int(2, 6))) {
      const acknowledgedOn = addCalendarDays(effectiveFrom, random.int(1, 30));
      if (until && acknowledgedOn > until) continue;
      const statement = acknowledgmentStatement(person.fullName, { practiceName, policyTitle: policy.title, versionNumber: number, effectiveFrom });
      const ackId = random.uuid();
      const at = officeInstant(random, acknowledgedOn);
      insertAck.run(ackId, versionId, person.id, person.fullName, personNameKey(person.fullName), statement, at, admin.id);
      context.audit.record({
        at,
        actor: admin,
        action: "policies.acknowledged",
        recordType: "policy-acknowledgment",
        recordId: ackId,
        summary: `${person.fullName} acknowledged version ${number} of the policy "${policy.title}"`,
      });
    }
  }
}
