import type { BackupKind } from "../../shared/model/backup";
import { AppFailure } from "../core/appFailure";
import { locateWorkerScript, startWorker } from "../core/workerThreads";
import type { OpenVault } from "../vault/vault";
import type { BackupJob, BackupWorkerMessage } from "./backupWorker";
import type { WrittenBackup } from "./backupService";

/**
 * Writes one backup in a fresh worker thread: the snapshot, its integrity check (every page read
 * and authenticated) and the read-back take seconds to minutes for a large vault, and would
 * otherwise hold the main process, and with it the window, for all that time.
 */
export function runBackupWorker(vault: OpenVault, folder: string, kind: BackupKind, now: Date, madeBy: string, nativeBinding?: string): Promise<WrittenBackup> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(locateWorkerScript("backupWorker", __dirname));
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.on("message", (message: BackupWorkerMessage) => {
      if (message.type === "done") finish(() => resolve(message.written));
      else finish(() => reject(failureOf(message)));
    });
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", (code) => finish(() => reject(new Error(`The backup worker stopped unexpectedly (exit code ${code}).`))));
    const job: BackupJob = {
      databasePath: vault.paths.database,
      keySlotsPath: vault.paths.keySlots,
      vaultId: vault.vaultId,
      // A copy for the worker, wiped there once the snapshot is written; nothing goes to disk.
      masterKey: new Uint8Array(vault.masterKey),
      folder,
      kind,
      nowIso: now.toISOString(),
      madeBy,
      ...(nativeBinding ? { nativeBinding } : {}),
    };
    worker.postMessage(job, [job.masterKey.buffer as ArrayBuffer]);
  });
}

/** The worker's refusal as the app's own error, so its message reaches the user as written. */
function failureOf(message: Extract<BackupWorkerMessage, { type: "failed" }>): Error {
  if (message.failure) return new AppFailure(message.failure.code, message.failure.message);
  return Object.assign(new Error(`The backup could not be made: ${message.message}`), { code: message.errorCode ?? undefined });
}
