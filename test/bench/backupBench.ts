import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeBackup } from "../../src/main/backup/backupService";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../src/main/vault/vault";
import { makeTempDir } from "../support/tempVault";
import { interleavedRatio, round, type Figure } from "./measure";
import { BENCH_ADMIN, type BenchVault } from "./tenYearVault";

const MB = 1024 * 1024;

/**
 * Backup and verify of the sample practice grown to a ten-year size (issue 8), the same vault the
 * scale figures use, against a plain copy of the same database file, measured interleaved in one
 * run (backup, copy, backup, copy ...) so that load from elsewhere hits both alike.
 *
 * The backup does more than a copy, and the ratio shows what that costs: a consistent snapshot of
 * the live database through SQLCipher (`VACUUM INTO`: every page decrypted and encrypted again), an
 * integrity check of the snapshot that reads every page again, a SHA-256 of the file, its label, and
 * a read-back of the finished file against that hash. The copy only copies the bytes and flushes
 * them to disk. Both start from the same file: the vault is checkpointed first, so its database file
 * holds every page and the copy is of the same bytes the backup reads.
 */
export async function backupFigures(bench: BenchVault): Promise<Figure[]> {
  const state = inspectVaultFolder(bench.folder);
  if (state.state !== "present") throw new Error("The bench vault is missing.");
  const vault = await openVault(bench.folder, findUserSlot(state.slots, BENCH_ADMIN.username), BENCH_ADMIN.password);
  const temp = makeTempDir("safeguard-bench-backup-");
  try {
    vault.db.pragma("wal_checkpoint(TRUNCATE)");
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
    const megabytes = databaseBytes / MB;
    const size = `${round(megabytes, 0)} MB`;
    return [
      {
        name: "backupVerifyMs",
        value: round(variantMs),
        unit: "ms",
        target: "(reference)",
        met: null,
        baseline: `one backup of the ${size} database file (snapshot through SQLCipher, integrity check, SHA-256, label, read-back), median of ${runs}, on ${bench.describe}; a plain copy of the same file took ${round(baselineMs)} ms`,
      },
      {
        name: "backupThroughputMBps",
        value: round(megabytes / (variantMs / 1000), 1),
        unit: "MB/s",
        target: "(reference)",
        met: null,
        baseline: `the ${size} database file over the backup's time; a plain copy of the same file moved ${round(megabytes / (baselineMs / 1000), 1)} MB/s; the backup file was ${round(backupBytes / MB, 1)} MB (a snapshot leaves out free pages)`,
      },
      {
        name: "backupOverPlainCopy",
        value: round(ratio),
        unit: "x",
        target: "(reference)",
        met: null,
        baseline: `backup and verify vs copying the same ${size} database file and flushing it to disk (${round(variantMs)} ms vs ${round(baselineMs)} ms), interleaved, medians of ${runs} each, in the same run`,
      },
    ];
  } finally {
    closeVault(vault);
    temp.remove();
  }
}
