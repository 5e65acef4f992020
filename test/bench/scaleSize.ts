import { statSync } from "node:fs";
import { closeDatabase, openDatabase } from "../../src/main/vault/database";
import { unwrapMasterKey } from "../../src/main/vault/keySlots";
import { findUserSlot, inspectVaultFolder } from "../../src/main/vault/vault";
import { vaultPaths } from "../../src/main/vault/vaultPaths";
import { MB } from "../../src/main/sample/tenYearPlan";
import { round, type Figure } from "./measure";
import { BENCH_ADMIN, type BenchVault } from "./tenYearVault";

/** The tables whose rows carry attached files as BLOBs. */
const FILE_TABLES = ["evidence", "vendor_files", "training_certificates", "task_completions"];

/**
 * The vault's size without its attachments: the database file less the overflow pages that hold the
 * files' bytes (SQLite's dbstat table, read through the key). Files larger than a page live on
 * overflow pages, so what remains is every record, index and the audit log, as a backup without the
 * files would be. The audit log's own share (its live table and indexes, and its sealed segments) is
 * shown beside it, in bytes per entry.
 */
export async function vaultSizeFigures(vault: BenchVault): Promise<Figure[]> {
  const state = inspectVaultFolder(vault.folder);
  if (state.state !== "present") throw new Error("The bench vault is missing.");
  const masterKey = await unwrapMasterKey(state.slots.vaultId, findUserSlot(state.slots, BENCH_ADMIN.username)!, BENCH_ADMIN.password);
  const path = vaultPaths(vault.folder).database;
  const db = openDatabase(path, { masterKey, create: false });
  masterKey.fill(0);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
    const pages = db.prepare("SELECT name, pagetype, sum(pgsize) AS bytes FROM dbstat GROUP BY name, pagetype").all() as { name: string; pagetype: string; bytes: number }[];
    const fileBytes = pages.filter((page) => FILE_TABLES.includes(page.name) && page.pagetype === "overflow").reduce((sum, page) => sum + page.bytes, 0);
    // The audit log is two tables: the live entries with their indexes, and the sealed segments (their pages of every kind, the overflow pages that hold each segment's text and digests included).
    const indexes = new Set(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name IN ('audit_log', 'audit_sealed')").pluck().all() as string[]);
    const auditBytes = pages.filter((page) => indexes.has(page.name)).reduce((sum, page) => sum + page.bytes, 0);
    const total = statSync(path).size;
    const without = (total - fileBytes) / MB;
    return [
      {
        name: "tenYearVaultWithoutFilesMB",
        value: round(without, 1),
        unit: "MB",
        target: "≤ 100 MB",
        met: without <= 100,
        baseline: `the database file (${round(total / MB, 0)} MB) less the ${round(fileBytes / MB, 0)} MB of pages holding attached files; of what remains, the audit log (live entries with their indexes, and sealed segments) is ${round(auditBytes / MB, 1)} MB for ${vault.counts.auditEntries.toLocaleString("en-US")} entries, ${round(auditBytes / Math.max(1, vault.counts.auditEntries), 0)} bytes an entry, everything else ${round(without - auditBytes / MB, 1)} MB; on ${vault.describe}`,
      },
    ];
  } finally {
    closeDatabase(db);
  }
}
