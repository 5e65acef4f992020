import { accessSync, constants, statSync } from "node:fs";
import { dirname, isAbsolute, join, normalize, resolve } from "node:path";
import { AppFailure } from "../core/appFailure";

/**
 * Paths come from the native picker in the app and from arguments on the command line; either way
 * the main process checks them before anything is written. Messages name what to do, not errno codes.
 */

/** Automatic backups go in a folder beside the vault's files; a backup on another drive is still needed. */
export function automaticBackupFolder(vaultFolder: string): string {
  return join(vaultFolder, "backups");
}

function refuse(field: string, message: string): AppFailure {
  return new AppFailure("VALIDATION", message, { [field]: message });
}

function absolute(path: string, field: string): string {
  if (!isAbsolute(path)) throw refuse(field, "Choose the folder or file with the Choose button, or give its full path (starting from the drive or /).");
  return normalize(resolve(path));
}

export function requireWritableFolder(path: string, field = "folder"): string {
  const folder = requireFolder(path, field);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw refuse(field, `Safeguard Desk may not write to ${folder}. Choose another folder, or ask your IT provider for access.`);
  }
  return folder;
}

export function requireExistingFile(path: string, field = "file"): string {
  const file = absolute(path, field);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw refuse(field, `There is no file at ${file}. If it is on a USB drive or a network share, check that it is connected.`);
  }
  if (!isFile) throw refuse(field, `${file} is a folder. Choose the file itself.`);
  return file;
}

/** A file about to be written: its folder must exist and be writable; the file itself may not be a folder. */
export function requireFileToWrite(path: string, field = "file"): string {
  const file = absolute(path, field);
  requireWritableFolder(dirname(file), field);
  try {
    if (statSync(file).isDirectory()) throw refuse(field, `${file} is a folder. Give a file name.`);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
  }
  return file;
}

/** A folder to look in (for backups to restore): it must exist; it need not be writable. */
export function requireFolder(path: string, field = "folder"): string {
  const folder = absolute(path, field);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw refuse(field, `There is no folder at ${folder}. If it is on a USB drive or a network share, check that it is connected.`);
  }
  if (!isFolder) throw refuse(field, `${folder} is a file, not a folder. Choose a folder.`);
  return folder;
}
