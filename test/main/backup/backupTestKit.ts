import { createHash, randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { closeVault, findRecoverySlot, findUserSlot, inspectVaultFolder, openVault, type OpenVault } from "../../../src/main/vault/vault";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { normalizeRecoveryKey } from "../../../src/shared/model/recoveryKey";
import { practiceWithTeam, STAFF, signInAs } from "../../support/assessmentFlows";
import { ADMIN, type testCore } from "../../support/testCore";

type Core = ReturnType<typeof testCore>;

/** Text that must never appear in a backup or archive file in the clear. */
export const SECRET_MARKER = "PATIENT-CHART-7731";

/** A practice with a team, an assessment with an evidence file (a BLOB), a risk analysis and an action item; Maria is signed in. */
export async function practiceWithRecords(c: Core): Promise<{ recoveryKey: string; evidence: Buffer }> {
  const issued = await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", { username: "auditor", fullName: "Ann Audit", title: "Consultant", role: "readonly", password: "reader password 1" });
  const { assessment } = await c.must("assessment.start", { year: 2026 });
  const evidence = Buffer.concat([Buffer.from(`%PDF-1.7\n${SECRET_MARKER}\n`), randomBytes(40_000)]);
  await c.must("evidence.attach", {
    assessmentId: assessment.id,
    questionId: "q-308a7iiA-1",
    fileName: "backup-log.pdf",
    mimeType: "application/pdf",
    contentBase64: evidence.toString("base64"),
  });
  await c.must("assessment.answer", { assessmentId: assessment.id, questionId: "q-308a7iiA-1", notes: `Notes about ${SECRET_MARKER}` });
  await c.must("risk.start", { year: 2026 });
  await c.must("risk.assets.addFromTemplates", { year: 2026, templateIds: ["practice-management", "imaging-software"] });
  return { recoveryKey: issued.recoveryKey, evidence };
}

export { ADMIN, practiceWithTeam, STAFF, signInAs };

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const text = (v: unknown) => (Buffer.isBuffer(v) ? createHash("sha256").update(v).digest("hex") : JSON.stringify(v, (_k, inner: unknown) => (typeof inner === "bigint" ? `${inner}n` : inner)));
  return text(a).localeCompare(text(b));
}

function compareRows(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return order;
  }
  return 0;
}

/** Every row of every table (SQLite's own statistics aside), rows sorted, values exactly as stored. */
export function readAllTables(db: Database): Record<string, unknown[][]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  const out: Record<string, unknown[][]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw(true).safeIntegers(true).all() as unknown[][];
    out[table] = rows.sort(compareRows);
  }
  return out;
}

export async function openAs(folder: string, who: { username: string; password: string } | { recoveryKey: string }): Promise<OpenVault> {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error(`no vault in ${folder}`);
  if ("recoveryKey" in who) return openVault(folder, findRecoverySlot(state.slots), normalizeRecoveryKey(who.recoveryKey), { kdf: FAST_TEST_KDF });
  return openVault(folder, findUserSlot(state.slots, who.username), who.password, { kdf: FAST_TEST_KDF });
}

export async function withVault<T>(folder: string, who: { username: string; password: string } | { recoveryKey: string }, work: (vault: OpenVault) => T): Promise<T> {
  const vault = await openAs(folder, who);
  try {
    return work(vault);
  } finally {
    closeVault(vault);
  }
}

export const adminCredential = { kind: "password" as const, username: ADMIN.username, password: ADMIN.password };
