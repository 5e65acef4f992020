import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ChannelInput, ChannelName } from "../../../src/shared/ipc/contract";
import type { PolicyDetail, PolicyList } from "../../../src/shared/model/policy";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { ADMIN, PRACTICE, testCore } from "../../support/testCore";

export const STAFF = { username: "jamal", fullName: "Jamal Reed", title: "Hygienist", role: "staff" as const, password: "staff password 1" };
export const READER = { username: "auditor", fullName: "Ann Audit", title: "Consultant", role: "readonly" as const, password: "reader password 1" };

export type Core = ReturnType<typeof testCore>;

/** A fresh vault with the Administrator signed in, plus a Staff and a Read-only account. */
export async function policyCore(cores: Core[]): Promise<Core> {
  const c = testCore();
  cores.push(c);
  await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", READER);
  return c;
}

export async function signInAs(c: Core, who: { username: string; password: string }): Promise<void> {
  await c.must("session.lock", { reason: "user" });
  await c.must("session.unlock", { username: who.username, password: who.password });
}

export const signInAsAdmin = (c: Core) => signInAs(c, ADMIN);

export async function refused<C extends ChannelName>(c: Core, channel: C, input: ChannelInput<C>) {
  const result = await c.call(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

/** Today in the test practice's time zone, as the services count it. */
export const practiceToday = () => calendarDateInZone(new Date(), PRACTICE.timeZone);

export function byTemplate(list: PolicyList, templateId: string) {
  const policy = list.policies.find((p) => p.templateId === templateId);
  if (!policy) throw new Error(`No policy from template ${templateId}`);
  return policy;
}

export async function generated(c: Core, templateId: string): Promise<PolicyDetail> {
  const list = await c.must("policies.generate", {});
  return c.must("policies.get", { policyId: byTemplate(list, templateId).id });
}

/**
 * Runs `work` on the real encrypted database with the session locked meanwhile (as a database tool
 * would, with the key), then signs the Administrator back in.
 */
export async function withDatabase<T>(c: Core, work: (db: Database) => T): Promise<T> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  }
}
