import Database from "better-sqlite3-multiple-ciphers";
import { isMainThread, parentPort } from "node:worker_threads";
import type { BackupKind } from "../../shared/model/backup";
import type { ErrorCode } from "../../shared/result";
import { AppFailure } from "../core/appFailure";
import { applyKey } from "../vault/database";
import { writeBackup, type WrittenBackup } from "./backupService";

/**
 * The backup worker's entry: takes one snapshot of the vault through a connection of its own
 * (SQLite's WAL lets it read a consistent state while the app's connection goes on), checks it and
 * writes the backup file, then ends. The key arrives in the job message and is wiped when done.
 */

export interface BackupJob {
  databasePath: string;
  keySlotsPath: string;
  vaultId: string;
  masterKey: Uint8Array;
  folder: string;
  kind: BackupKind;
  nowIso: string;
  madeBy: string;
  nativeBinding?: string;
}

export type BackupWorkerMessage =
  | { type: "done"; written: WrittenBackup }
  | { type: "failed"; failure: { code: ErrorCode; message: string } | null; message: string; errorCode: string | null };

function takeBackup(job: BackupJob): WrittenBackup {
  const masterKey = Buffer.from(job.masterKey);
  // Read-only: the worker only reads the vault; the snapshot is a new file of its own.
  const db = new Database(job.databasePath, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
  try {
    applyKey(db, masterKey);
    db.pragma("temp_store = MEMORY");
    const source = { db, masterKey, vaultId: job.vaultId, paths: { keySlots: job.keySlotsPath } };
    return writeBackup(source, job.folder, job.kind, new Date(job.nowIso), job.madeBy, job.nativeBinding);
  } finally {
    db.close();
    masterKey.fill(0);
    job.masterKey.fill(0);
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.once("message", (job: BackupJob) => {
    try {
      port.postMessage({ type: "done", written: takeBackup(job) } satisfies BackupWorkerMessage);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      port.postMessage({
        type: "failed",
        failure: error instanceof AppFailure ? { code: error.code, message: error.message } : null,
        message: error instanceof Error ? error.message : String(error),
        errorCode: typeof code === "string" ? code : null,
      } satisfies BackupWorkerMessage);
    }
  });
}
