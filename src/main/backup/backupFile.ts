import { createHash } from "node:crypto";
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from "node:fs";
import { z } from "zod";
import { AppFailure } from "../core/appFailure";
import { parseKeySlotFile, type KeySlotFile } from "../vault/keySlots";

/**
 * One backup is one file, so that it cannot be copied half: the encrypted database snapshot exactly
 * as SQLite wrote it, then a label (JSON) that says what it is and carries the key slots that open
 * it, then the label's length and an end marker.
 *
 *   [ database snapshot, N bytes ][ label JSON, M bytes ][ M, 4 bytes big-endian ][ "SGDBACK1" ]
 *
 * The label is at the end (as in a zip file) so a backup is written in one pass: the snapshot is
 * already on disk, its hash is computed, and the label is appended. The label holds nothing secret:
 * dates, sizes, the hash, and key slots that are useless without a password or the recovery key.
 */

const END_MARKER = Buffer.from("SGDBACK1", "ascii");
const TRAILER_BYTES = 4 + END_MARKER.length;
const CHUNK_BYTES = 1024 * 1024;
/** A label is a few kilobytes (one key slot per account); anything much larger is not ours. */
const MAX_LABEL_BYTES = 4 * 1024 * 1024;

const labelSchema = z.object({
  format: z.literal("safeguard-desk-backup"),
  version: z.literal(1),
  backupId: z.string().uuid(),
  kind: z.enum(["manual", "automatic"]),
  createdAt: z.string().datetime(),
  madeBy: z.string(),
  vaultId: z.string().min(1),
  schemaVersion: z.number().int().min(0),
  database: z.object({ sizeBytes: z.number().int().min(4096), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  keySlots: z.unknown(),
});

export type BackupLabel = Omit<z.infer<typeof labelSchema>, "keySlots"> & { keySlots: KeySlotFile };

export const NOT_A_BACKUP_MESSAGE = "This file is not a Safeguard Desk backup, or it was cut short while being copied. Choose a file whose name ends in .sgbackup.";

function notABackup(): AppFailure {
  return new AppFailure("VALIDATION", NOT_A_BACKUP_MESSAGE, { file: NOT_A_BACKUP_MESSAGE });
}

/** Hashes a whole file (or its first `length` bytes) without holding it in memory. */
export function hashFile(path: string, length?: number): string {
  const hash = createHash("sha256");
  const fd = openSync(path, "r");
  try {
    const total = length ?? fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let position = 0;
    while (position < total) {
      const read = readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, total - position), position);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      position += read;
    }
    return hash.digest("hex");
  } finally {
    closeSync(fd);
  }
}

/** Appends the label to a snapshot file that already holds the database, and flushes it to disk. */
export function appendLabel(snapshotPath: string, label: BackupLabel): void {
  const json = Buffer.from(JSON.stringify(label), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const fd = openSync(snapshotPath, "r+");
  try {
    const size = fstatSync(fd).size;
    if (size !== label.database.sizeBytes) throw new Error("The snapshot changed while the backup was being written.");
    const trailer = Buffer.concat([json, length, END_MARKER]);
    let written = 0;
    while (written < trailer.length) written += writeSync(fd, trailer, written, trailer.length - written, size + written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a backup's label from its end; refuses anything that is not a complete backup file. */
export function readLabel(path: string): BackupLabel {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new AppFailure("NOT_FOUND", "There is no backup file there any more. Choose the backup again.", { file: "File not found." });
    if (code === "EISDIR") throw notABackup();
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < TRAILER_BYTES + 4096) throw notABackup();
    const trailer = Buffer.alloc(TRAILER_BYTES);
    readSync(fd, trailer, 0, TRAILER_BYTES, size - TRAILER_BYTES);
    if (!trailer.subarray(4).equals(END_MARKER)) throw notABackup();
    const labelBytes = trailer.readUInt32BE(0);
    if (labelBytes === 0 || labelBytes > MAX_LABEL_BYTES || labelBytes > size - TRAILER_BYTES) throw notABackup();
    const json = Buffer.alloc(labelBytes);
    readSync(fd, json, 0, labelBytes, size - TRAILER_BYTES - labelBytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.toString("utf8"));
    } catch {
      throw notABackup();
    }
    const label = labelSchema.safeParse(parsed);
    const keySlots = label.success ? parseKeySlotFile(label.data.keySlots) : null;
    if (!label.success || !keySlots || keySlots.vaultId !== label.data.vaultId) throw notABackup();
    if (label.data.database.sizeBytes + labelBytes + TRAILER_BYTES !== size) throw notABackup();
    return { ...label.data, keySlots };
  } finally {
    closeSync(fd);
  }
}

/** Copies the database part of a backup to `target` (created, never overwritten) and returns its hash. */
export function extractDatabase(backupPath: string, label: BackupLabel, target: string): string {
  const hash = createHash("sha256");
  const input = openSync(backupPath, "r");
  try {
    const output = openSync(target, "wx", 0o600);
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let position = 0;
      while (position < label.database.sizeBytes) {
        const read = readSync(input, buffer, 0, Math.min(CHUNK_BYTES, label.database.sizeBytes - position), position);
        if (read === 0) throw notABackup();
        hash.update(buffer.subarray(0, read));
        let written = 0;
        while (written < read) written += writeSync(output, buffer, written, read - written);
        position += read;
      }
      fsyncSync(output);
    } finally {
      closeSync(output);
    }
  } finally {
    closeSync(input);
  }
  return hash.digest("hex");
}
