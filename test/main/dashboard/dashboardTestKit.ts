import type { Database } from "better-sqlite3-multiple-ciphers";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { catalog } from "../../../src/shared/catalog";
import type { Safeguard } from "../../../src/shared/catalog/types";
import type { ChannelInput } from "../../../src/shared/ipc/contract";
import type { TrainingTopic } from "../../../src/shared/model/training";
import type { WorkforceMember } from "../../../src/shared/model/workforce";
import { acknowledgmentWording } from "../../../src/shared/rules/attestation";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { practiceWithTeam } from "../../support/assessmentFlows";
import { ADMIN, PRACTICE, testCore } from "../../support/testCore";

export type Core = ReturnType<typeof testCore>;

/** A vault with Maria (Administrator, signed in), Jamal (Staff) and a Read-only auditor. */
export async function dashboardCore(cores: Core[]): Promise<Core> {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  return c;
}

/** Today in the test practice's time zone (America/Chicago), as the services count it. */
export const practiceToday = () => calendarDateInZone(new Date(), PRACTICE.timeZone);
export const thisYear = () => Number(practiceToday().slice(0, 4));

/**
 * Runs `work` on the real encrypted database with the session locked meanwhile, then signs the
 * Administrator back in: for the functions that take a database and a date (dashboardSummary, the
 * due item sources), so the test chooses the day.
 */
export async function withDatabase<T>(c: Core, work: (db: Database) => T): Promise<T> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password, { kdf: FAST_TEST_KDF });
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  }
}

/** The first `count` questions of a safeguard category that apply to every practice (no profile condition). */
export function questionsOf(safeguard: Safeguard, count: number) {
  return catalog
    .filter((requirement) => requirement.safeguard === safeguard && requirement.applicability === undefined)
    .flatMap((requirement) => requirement.questions)
    .slice(0, count);
}

export function optionWith(question: ReturnType<typeof questionsOf>[number], compliance: "met" | "not-met") {
  const option = compliance === "met" ? question.options.find((candidate) => candidate.isMostEffective) : question.options.find((candidate) => candidate.compliance === "not-met");
  if (!option) throw new Error(`${question.id} has no ${compliance} option`);
  return option.value;
}

export async function adminUserId(c: Core): Promise<string> {
  return (await c.must("session.current", {})).user.id;
}

export async function hire(c: Core, fullName: string, hireDate: string): Promise<WorkforceMember> {
  return c.must("workforce.add", { fullName, hireDate, jobTitle: "Dental Assistant", userId: null });
}

export async function requiredTopics(c: Core): Promise<TrainingTopic[]> {
  return (await c.must("training.topics.list", {})).filter((topic) => topic.required && topic.inUse);
}

/** Records training taken outside a session, signed with the person's own name. */
export async function train(c: Core, member: WorkforceMember, topics: TrainingTopic[], completedOn: string): Promise<void> {
  const trainer = "Maria Lopez";
  const wording = acknowledgmentWording({ personName: member.fullName, topicNames: topics.map((t) => t.name), completedOn, trainer });
  await c.must("training.completions.record", {
    memberId: member.id,
    training: { kind: "own", topicIds: topics.map((t) => t.id), completedOn, trainer },
    typedName: member.fullName,
    wording,
  });
}

export type VendorFacts = ChannelInput<"vendors.add">["vendor"];

/** The online backup company every dental office has: stores and sends patient information, no BAA yet. */
export const CLOUD_BACKUP: VendorFacts = {
  name: "Acme Cloud Backup",
  services: "Nightly online backup of the practice management database",
  ephiActivities: ["maintain", "transmit"],
  contactName: "Dana Whitfield",
  contactEmail: "dana@acmebackup.example",
  contactPhone: "555-0142",
  address: "400 Harbor Way, Portland, OR 97201",
  baaStatus: "none",
  baaNotNeededReason: "",
  baaSignedDate: null,
  baaReviewDate: null,
  subcontractorNotes: "",
  endedOn: null,
};

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
  informationTypes: ["full-name", "date-of-birth", "images"],
  individualsAffected: 40,
  residents: [{ state: "IL", count: 40 }],
};
