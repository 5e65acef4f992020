import { spawnSync } from "node:child_process";
import { appendAudit } from "../../../src/main/audit/auditLog";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { ADMIN, testCore } from "../../support/testCore";
import { READER, STAFF } from "../../support/team";

export { STAFF, READER, signInAs } from "../../support/team";

const cores: ReturnType<typeof testCore>[] = [];

/** A set-up vault with an Administrator (signed in), a Staff member and a Read-only consultant. */
export async function practiceVault() {
  const c = testCore();
  cores.push(c);
  await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", READER);
  return c;
}

export function disposeVaults(): void {
  cores.splice(0).forEach((c) => c.dispose());
}

const ACTIVITY = [
  { action: "session.unlocked", summary: (name: string) => `${name} signed in` },
  { action: "practice.updated", summary: () => "Changed the practice profile" },
  { action: "settings.updated", summary: () => "Changed the app settings" },
  { action: "session.locked", summary: (name: string) => `${name} locked the app` },
];

export interface SeedEntry {
  actorName: string;
  action: string;
  summary: string;
  at: string;
}

/**
 * Appends entries to the audit chain through the real appendAudit on the real encrypted database
 * (the session is locked meanwhile; then the Administrator signs back in).
 */
export async function appendEntries(c: ReturnType<typeof testCore>, entries: SeedEntry[]): Promise<void> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  try {
    vault.db.transaction(() => {
      for (const entry of entries) appendAudit(vault.db, { id: null, name: entry.actorName }, { action: entry.action, summary: entry.summary, at: entry.at });
    })();
  } finally {
    closeVault(vault);
  }
  await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
}

/** `count` ordinary entries an hour apart, from `startAt`. */
export function ordinaryEntries(count: number, startAt = Date.parse("2025-01-02T14:00:00Z")): SeedEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const who = i % 3 === 0 ? STAFF.username : ADMIN.username;
    const activity = ACTIVITY[i % ACTIVITY.length]!;
    return { actorName: who, action: activity.action, summary: activity.summary(who), at: new Date(startAt + i * 3_600_000).toISOString() };
  });
}

/** Runs a poppler tool (or qpdf) and returns what it printed, whatever its exit code. */
export function poppler(tool: "pdfsig" | "pdftotext" | "pdfinfo" | "pdfimages" | "qpdf", args: string[]): { status: number | null; output: string } {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}


export { runCli as runReportCli } from "../../support/runCli";
