import type { ChannelInput } from "../../src/shared/ipc/contract";
import type { TrainingTopic } from "../../src/shared/model/training";
import type { WorkforceMember } from "../../src/shared/model/workforce";
import { acknowledgmentWording } from "../../src/shared/rules/attestation";
import { approveAll, rateAndAcceptAll, withSuggestedRisks } from "../main/risk/riskFlows";
import { completeAssessment } from "./assessmentFlows";
import type { testCore } from "./testCore";

/**
 * A year of a small practice's records, made through the real channels, for the report tests and the
 * benchmark: the roster and its training, vendors with and without BAAs, incidents (one a breach with
 * its notices), and the policy set. Dates are in 2026 (the tests' report period) unless a record is
 * there to show that an earlier one is left out.
 */

type Core = ReturnType<typeof testCore>;

export const RECORDS_YEAR = 2026;

async function hire(c: Core, fullName: string, hireDate: string, jobTitle: string): Promise<WorkforceMember> {
  return c.must("workforce.add", { fullName, hireDate, jobTitle, userId: null });
}

async function signedTraining(c: Core, member: WorkforceMember, topics: TrainingTopic[], completedOn: string, trainer: string) {
  const wording = acknowledgmentWording({ personName: member.fullName, topicNames: topics.map((t) => t.name), completedOn, trainer });
  return c.must("training.completions.record", {
    memberId: member.id,
    training: { kind: "own", topicIds: topics.map((t) => t.id), completedOn, trainer },
    typedName: member.fullName,
    wording,
  });
}

/**
 * Pat and Lee attend the March session; Lee also trained in 2025 (outside the period); Sam was hired
 * in October and has never been trained (overdue); Dana left in June.
 */
export async function seedTraining(c: Core) {
  const topics = await c.must("training.topics.list", {});
  const pat = await hire(c, "Pat Kim", "2026-01-05", "Dental Assistant");
  const lee = await hire(c, "Lee Chen", "2024-06-01", "Hygienist");
  const sam = await hire(c, "Sam Ortiz", "2026-10-20", "Receptionist");
  const dana = await hire(c, "Dana Fox", "2023-02-01", "Billing Coordinator");
  await signedTraining(c, lee, topics, "2025-05-10", "Online course: HIPAA Security Basics");
  const session = await c.must("training.sessions.add", { heldOn: "2026-03-02", trainer: "Maria Lopez", topicIds: topics.map((t) => t.id), notes: "Lunch and learn in the break room." });
  for (const member of [pat, lee]) {
    const wording = acknowledgmentWording({ personName: member.fullName, topicNames: session.topics.map((t) => t.name), completedOn: session.heldOn, trainer: session.trainer });
    await c.must("training.completions.record", { memberId: member.id, training: { kind: "session", sessionId: session.id }, typedName: member.fullName, wording });
  }
  await c.must("workforce.terminate", { memberId: dana.id, terminationDate: "2026-06-30", note: "Moved away." });
  return { pat, lee, sam, dana, session };
}

type VendorFields = ChannelInput<"vendors.add">["vendor"];

const VENDOR: VendorFields = {
  name: "",
  services: "",
  ephiActivities: [],
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  address: "",
  baaStatus: "none",
  baaNotNeededReason: "",
  baaSignedDate: null,
  baaReviewDate: null,
  subcontractorNotes: "",
  endedOn: null,
};

/** A small signed BAA: bytes that pass the app's PDF check. */
const SIGNED_COPY = Buffer.from("%PDF-1.7\n% signed business associate agreement\n%%EOF\n").toString("base64");

/**
 * Dentrix Cloud with a signed BAA (and due-diligence answers that raise a concern), Acme Cloud Backup
 * with none, the courier that needs none (the conduit exception), and a shredding company the practice
 * stopped using.
 */
export async function seedVendors(c: Core) {
  const pms = await c.must("vendors.add", {
    vendor: { ...VENDOR, name: "Dentrix Cloud", services: "Hosted practice management software", ephiActivities: ["create", "receive", "maintain", "transmit"], contactName: "Support desk" },
  });
  await c.must("vendors.baa.recordSigned", {
    vendorId: pms.id,
    signedDate: "2026-01-15",
    reviewDate: "2099-01-15",
    file: { fileName: "Dentrix BAA signed.pdf", mimeType: "application/pdf", contentBase64: SIGNED_COPY },
  });
  await c.must("vendors.questionnaire.save", {
    vendorId: pms.id,
    answers: {
      encryptionAtRest: "yes",
      encryptionInTransit: "yes",
      breachNoticeDays: 90,
      breachNoticeTerms: "Notice within 90 days of discovery.",
      dataLocation: "Data centers in Virginia and Oregon",
      usesSubcontractors: "yes",
      subcontractors: "A hosting company",
      subcontractorBaas: "yes",
      notes: "",
    },
  });
  const backup = await c.must("vendors.add", {
    vendor: { ...VENDOR, name: "Acme Cloud Backup", services: "Nightly online backup of the server", ephiActivities: ["maintain", "transmit"], contactEmail: "dana@acmebackup.example" },
  });
  const courier = await c.must("vendors.add", {
    vendor: { ...VENDOR, name: "Speedy Courier", services: "Carries sealed lab cases", baaStatus: "not-needed", baaNotNeededReason: "Only carries sealed packages: the conduit exception." },
  });
  const shredder = await c.must("vendors.add", {
    vendor: { ...VENDOR, name: "ShredRight", services: "Paper shredding", ephiActivities: ["receive"], baaStatus: "expired", baaSignedDate: "2020-02-01", baaReviewDate: "2023-02-01", endedOn: "2026-02-28" },
  });
  return { pms, backup, courier, shredder };
}

type IncidentFields = ChannelInput<"incidents.create">["incident"];

const STOLEN_LAPTOP: IncidentFields = {
  title: "Hygienist's laptop stolen from a car",
  occurredOn: "2026-03-02",
  occurredTime: "19:30",
  discoveredOn: "2026-03-03",
  discoveredTime: "08:15",
  reportedBy: "Jamal Reed",
  description: "A laptop with the schedule and X-rays of 40 patients was stolen from a parked car.",
  category: "theft",
  locations: ["laptop"],
  phi: "electronic",
  informationTypes: ["full-name", "date-of-birth", "images"],
  individualsAffected: 40,
  residents: [{ state: "IL", count: 40 }],
};

/**
 * A stolen laptop (a breach, assessed, signed off, patients told), a phishing e-mail with no patient
 * information (closed), and a 2025 incident outside the period.
 */
export async function seedIncidents(c: Core) {
  const laptop = (await c.must("incidents.create", { incident: STOLEN_LAPTOP })).incident;
  await c.must("incidents.steps.add", { incidentId: laptop.id, step: { phase: "containment", action: "Changed the hygienist's passwords and revoked the laptop's access", doneBy: "Maria Lopez", doneOn: "2026-03-03", doneTime: "09:10" } });
  await c.must("incidents.assessment.save", {
    incidentId: laptop.id,
    assessment: {
      exception: "none",
      safeHarbor: "unsecured",
      factorAnswers: {
        "nature-financial": "no",
        "nature-clinical": "yes",
        "nature-identifiable": "yes",
        "recipient-obligated": "no",
        "recipient-intent": "yes",
        "acquired-viewed": "unknown",
        "mitigation-assurance": "no",
      },
      factorNotes: { nature: "Names, birth dates and X-rays.", recipient: "A thief who broke into the car.", acquired: "We cannot tell whether the files were opened.", mitigation: "Not recovered; police report filed." },
      summary: "The laptop was not encrypted and was stolen, so we cannot show a low probability of compromise.",
    },
  });
  await c.must("incidents.assessment.signOff", { incidentId: laptop.id });
  await c.must("incidents.notices.add", {
    incidentId: laptop.id,
    notice: { recipient: "individuals", sentOn: "2026-03-20", method: "first-class-mail", sentTo: "The 40 patients", recipientsCount: 40, notes: "" },
  });
  const phishing = (
    await c.must("incidents.create", {
      incident: {
        ...STOLEN_LAPTOP,
        title: "Phishing e-mail clicked at the front desk",
        occurredOn: "2026-08-11",
        discoveredOn: "2026-08-11",
        discoveredTime: null,
        occurredTime: null,
        description: "A receptionist clicked a link in a fake invoice e-mail; no password was entered.",
        category: "hacking-it",
        locations: ["email"],
        phi: "none",
        informationTypes: [],
        individualsAffected: null,
        residents: [],
      },
    })
  ).incident;
  await c.must("incidents.setStatus", { id: phishing.id, status: "closed", note: "Scanned the computer; nothing found." });
  await c.must("incidents.create", {
    incident: { ...STOLEN_LAPTOP, title: "Door left unlocked overnight", occurredOn: "2025-11-02", discoveredOn: "2025-11-03", occurredTime: null, discoveredTime: null, description: "The back door was found unlocked.", category: "other", locations: ["paper-films"], phi: "unknown", informationTypes: [], individualsAffected: null, residents: [] },
  });
  return { laptop, phishing };
}

/** The policy set generated; the security program and access control approved; Jamal acknowledges one. */
export async function seedPolicies(c: Core) {
  const list = await c.must("policies.generate", {});
  const approved = [];
  for (const templateId of ["security-program", "access-control"]) {
    const policy = list.policies.find((p) => p.templateId === templateId);
    if (!policy) throw new Error(`No policy from template ${templateId}`);
    approved.push(await c.must("policies.approve", { versionId: policy.latestVersion.id }));
  }
  const program = approved[0]!;
  await c.must("policies.acknowledge", { versionId: program.inEffect!.id, typedName: "Jamal Reed" });
  return { list: await c.must("policies.list", {}), program, access: approved[1]! };
}

/**
 * The year's risk analysis (three assets with their suggested risks, rated, approved, finalized) and
 * safeguard assessment (every question answered, one gap: laptops without disk encryption, with its
 * remediation item).
 */
export async function seedRiskAndAssessment(c: Core) {
  await withSuggestedRisks(c, RECORDS_YEAR);
  await rateAndAcceptAll(c, RECORDS_YEAR);
  await approveAll(c, RECORDS_YEAR);
  await c.must("risk.finalize", { year: RECORDS_YEAR });
  const assessment = await c.must("assessment.start", { year: RECORDS_YEAR });
  await completeAssessment(c, assessment.assessment.id, { "q-312a2iv-1": "none" });
  const results = await c.must("assessment.results", { assessmentId: assessment.assessment.id });
  const gap = results.gaps.find((candidate) => candidate.questionId === "q-312a2iv-1");
  if (!gap) throw new Error("The laptop-encryption gap is missing");
  await c.must("actionItems.createFromGap", { assessmentId: assessment.assessment.id, questionId: gap.questionId, title: "Turn on disk encryption on every laptop", dueDate: `${RECORDS_YEAR}-12-15` });
}

/** Everything above: a small practice's year, as the Compliance Binder gathers it. */
export async function seedYearOfRecords(c: Core) {
  await seedRiskAndAssessment(c);
  await seedTraining(c);
  await seedVendors(c);
  await seedIncidents(c);
  await seedPolicies(c);
}
