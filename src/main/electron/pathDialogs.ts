import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from "electron";
import type { PathPurpose } from "../../shared/model/backup";
import { archiveFileName } from "../../shared/rules/backupSchedule";

/**
 * The native pickers behind the "backup.choosePath" channel: the renderer asks for a purpose, never
 * for a dialog's options, and gets back a path (or null when the user cancelled). Backups and
 * exports are written only where the user pointed in one of these.
 */
const OPEN: Record<Exclude<PathPurpose, "archive-save">, OpenDialogOptions> = {
  "backup-folder": { title: "Choose where to save the backup", buttonLabel: "Back up here", properties: ["openDirectory", "createDirectory"] },
  "backup-file": {
    title: "Choose a backup to restore",
    buttonLabel: "Choose this backup",
    properties: ["openFile"],
    filters: [{ name: "Safeguard Desk backups", extensions: ["sgbackup"] }],
  },
  "archive-open": {
    title: "Choose the export from the other computer",
    buttonLabel: "Choose this export",
    properties: ["openFile"],
    filters: [{ name: "Safeguard Desk exports", extensions: ["sgexport"] }],
  },
};

export type PathDialogs = Pick<Dialog, "showOpenDialog" | "showSaveDialog">;

export async function showPathDialog(dialog: PathDialogs, window: BrowserWindow | null, purpose: PathPurpose): Promise<string | null> {
  if (purpose === "archive-save") {
    const options: SaveDialogOptions = {
      title: "Save the export",
      buttonLabel: "Save the export",
      defaultPath: archiveFileName(new Date()),
      filters: [{ name: "Safeguard Desk exports", extensions: ["sgexport"] }],
    };
    const saved = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    return saved.canceled || !saved.filePath ? null : saved.filePath;
  }
  const options = OPEN[purpose];
  const opened = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  return opened.canceled ? null : (opened.filePaths[0] ?? null);
}
