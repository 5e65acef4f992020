import type { PathPurpose } from "../../shared/model/backup";
import { AppFailure } from "../core/appFailure";

/**
 * The native file and folder pickers live in the Electron shell (src/main/electron), the only code
 * that imports Electron; it hands them in here at start-up. Without a window (the command line)
 * there is none, and paths are given as arguments instead.
 */
export type PathChooser = (purpose: PathPurpose) => Promise<string | null>;

let chooser: PathChooser | null = null;

export function configurePathChooser(next: PathChooser | null): void {
  chooser = next;
}

export async function choosePath(purpose: PathPurpose): Promise<{ path: string | null }> {
  if (!chooser) throw new AppFailure("CONFLICT", "There is no window to choose a file in here. Give the file or folder's full path instead.");
  return { path: await chooser(purpose) };
}
