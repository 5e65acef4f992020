import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import type { TrainingTopic } from "../../../src/shared/model/training";
import type { WorkforceMember } from "../../../src/shared/model/workforce";
import { acknowledgmentWording } from "../../../src/shared/rules/attestation";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { practiceWithTeam } from "../../support/assessmentFlows";
import { ADMIN, testCore } from "../../support/testCore";

export type Core = ReturnType<typeof testCore>;

const cores: Core[] = [];

/** A vault with Maria (Administrator, signed in), Jamal (Staff) and an auditor (Read-only). */
export async function workforceCore(): Promise<Core> {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  return c;
}

export function disposeCores(): void {
  cores.splice(0).forEach((c) => c.dispose());
}

export async function hire(c: Core, fullName: string, hireDate: string, extra: { jobTitle?: string; userId?: string | null } = {}): Promise<WorkforceMember> {
  return c.must("workforce.add", { fullName, hireDate, jobTitle: extra.jobTitle ?? "Dental Assistant", userId: extra.userId ?? null });
}

export async function topicNamed(c: Core, name: string): Promise<TrainingTopic> {
  const topic = (await c.must("training.topics.list", {})).find((candidate) => candidate.name === name);
  if (!topic) throw new Error(`No topic ${name}`);
  return topic;
}

/** Records training taken outside a session, signed with the person's own name as typed. */
export async function recordOwnTraining(c: Core, member: WorkforceMember, topics: TrainingTopic[], completedOn: string, typedName = member.fullName, trainer = "Maria Lopez") {
  const wording = acknowledgmentWording({ personName: member.fullName, topicNames: topics.map((t) => t.name), completedOn, trainer });
  return c.call("training.completions.record", {
    memberId: member.id,
    training: { kind: "own", topicIds: topics.map((t) => t.id), completedOn, trainer },
    typedName,
    wording,
  });
}

/** Opens the vault's database directly (after locking the core), for the functions other parts of the app call with a db. */
export async function withDatabase<T>(c: Core, work: (db: Database) => T): Promise<T> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password, { kdf: FAST_TEST_KDF });
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
  }
}

export async function auditActions(c: Core): Promise<string[]> {
  const page = await c.must("audit.list", { filter: {}, offset: 0, limit: 500 });
  return page.entries.map((entry) => entry.action);
}
