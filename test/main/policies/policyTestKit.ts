import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PolicyDetail, PolicyList } from "../../../src/shared/model/policy";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { ADMIN, PRACTICE } from "../../support/testCore";
import { teamCore, type Core } from "../../support/team";
export { STAFF, READER, signInAs, signInAsAdmin, refused, type Core } from "../../support/team";

/** A fresh vault with the Administrator signed in, plus a Staff and a Read-only account. */
export const policyCore = teamCore;

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
