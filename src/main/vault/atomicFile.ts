import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a whole file or nothing: a temporary file is written and flushed, then renamed over the
 * old one, and the folder is flushed so the rename itself survives a power cut.
 */
export function writeFileAtomically(path: string, contents: string, mode = 0o600): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, "w", mode);
    try {
      writeSync(fd, contents);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
  syncFolder(dirname(path));
}

/** Flushes a folder, so that a file renamed into it is still there after a power cut. */
export function syncFolder(folder: string): void {
  if (process.platform === "win32") return; // Windows cannot open a folder for fsync.
  const fd = openSync(folder, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
