import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { appendAudit } from "../../src/main/audit/auditLog";
import { writeBackup } from "../../src/main/backup/backupService";
import { insertPractice } from "../../src/main/services/practiceService";
import { insertUser } from "../../src/main/services/userService";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";
import { closeVault, createVault } from "../../src/main/vault/vault";
import { makeTempDir } from "../support/tempVault";
import { interleavedRatio, round, type Figure } from "./measure";

const PRACTICE = {
  name: "Bench Dental",
  kind: "dental" as const,
  address: "1 Bench Road",
  timeZone: "America/Chicago",
  workforceCount: 12,
  securityOfficial: "Bench Admin",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

/**
 * Backup and verify of a large vault (evidence files as BLOBs, a long audit log) against a plain copy
 * of the same database file, measured interleaved in one run. The backup does more than a copy: a
 * consistent snapshot through SQLCipher (decrypt and re-encrypt every page), an integrity check that
 * reads every page again, a hash, and a read-back of the finished file. Issue 9 grows the vault to
 * ten years of records; this one is sized by MB of attachments.
 */
export async function backupFigures(quick: boolean): Promise<Figure[]> {
  const temp = makeTempDir("safeguard-bench-backup-");
  try {
    const actor = { id: "bench", name: "bench" };
    const { vault } = await createVault(
      join(temp.path, "vault"),
      { userId: "bench", username: "bench", password: "bench password 1" },
      (db) => {
        insertPractice(db, PRACTICE);
        insertUser(db, actor, { id: "bench", username: "bench", fullName: "Bench Admin", title: "", role: "administrator" });
      },
      { kdf: FAST_TEST_KDF },
    );
    const attachmentsMb = quick ? 6 : 240;
    const auditEntries = quick ? 2_000 : 40_000;
    const db = vault.db;
    db.transaction(() => {
      db.prepare("INSERT INTO assessments (id, year, catalog_version, started_by, started_at) VALUES ('bench-assessment', 2026, 'bench', 'bench', ?)").run(
        new Date().toISOString(),
      );
      const insert = db.prepare(
        `INSERT INTO evidence (id, assessment_id, question_id, file_name, mime_type, size, sha256, content, added_by, added_at)
         VALUES (?, 'bench-assessment', 'q-308a7iiA-1', ?, 'application/pdf', ?, ?, ?, 'bench', ?)`,
      );
      // Scans and photos do not compress: random bytes are the honest stand-in.
      for (let i = 0; i < attachmentsMb; i++) {
        const content = randomBytes(1024 * 1024);
        insert.run(randomUUID(), `scan-${i}.pdf`, content.length, "0".repeat(64), content, new Date().toISOString());
      }
      for (let i = 0; i < auditEntries; i++) appendAudit(db, actor, { action: "bench.entry", summary: `Bench entry ${i} with a sentence of ordinary length`, changes: { i } });
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
    const databaseBytes = statSync(vault.paths.database).size;
    const out = join(temp.path, "out");
    mkdirSync(out);
    let backupBytes = 0;
    const runs = 3;
    const { variantMs, baselineMs, ratio } = await interleavedRatio(
      runs,
      () => {
        const written = writeBackup(vault, out, "manual", new Date(), "bench");
        backupBytes = written.sizeBytes;
        rmSync(written.path);
      },
      () => {
        // A copy is only a backup once it is on the disk: the baseline flushes it too, as the backup does.
        const copy = join(out, "plain-copy.sqlite");
        copyFileSync(vault.paths.database, copy);
        const fd = openSync(copy, "r+");
        fsyncSync(fd);
        closeSync(fd);
        rmSync(copy);
      },
    );
    closeVault(vault);
    const megabytes = databaseBytes / (1024 * 1024);
    return [
      {
        name: "backupVerifyMs",
        value: round(variantMs),
        unit: "ms",
        target: "(reference)",
        met: true,
        baseline: `snapshot, integrity check, hash, label and read-back of a ${round(megabytes, 0)} MB vault (${attachmentsMb} MB of attachments, ${auditEntries} audit entries)`,
      },
      {
        name: "backupThroughputMBps",
        value: round(megabytes / (variantMs / 1000), 1),
        unit: "MB/s",
        target: "(reference)",
        met: true,
        baseline: `plain copy of the same file: ${round(megabytes / (baselineMs / 1000), 1)} MB/s; backup file ${round(backupBytes / (1024 * 1024), 1)} MB`,
      },
      {
        name: "backupOverPlainCopy",
        value: round(ratio),
        unit: "x",
        target: "(reference)",
        met: true,
        baseline: `copying the same database file and flushing it to disk, ${round(baselineMs)} ms, interleaved in the same run`,
      },
    ];
  } finally {
    temp.remove();
  }
}
