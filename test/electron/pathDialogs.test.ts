import { describe, expect, it } from "vitest";
import type { OpenDialogOptions, SaveDialogOptions } from "electron";
import { showPathDialog, type PathDialogs } from "../../src/main/electron/pathDialogs";

/** The pickers behind "backup.choosePath": each purpose gets its own dialog; a cancel is null. */
function fakeDialogs(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const calls: (OpenDialogOptions | SaveDialogOptions)[] = [];
  const dialogs = {
    showOpenDialog: async (...args: unknown[]) => {
      calls.push(args.at(-1) as OpenDialogOptions);
      return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      calls.push(args.at(-1) as SaveDialogOptions);
      return { canceled: answer.canceled, filePath: answer.filePath ?? "" };
    },
  } as unknown as PathDialogs;
  return { dialogs, calls };
}

describe("the native pickers for backups and exports", () => {
  it("asks for a folder to back up to, and a .sgbackup file to restore", async () => {
    const folder = fakeDialogs({ canceled: false, filePaths: ["/media/usb"] });
    expect(await showPathDialog(folder.dialogs, null, "backup-folder")).toBe("/media/usb");
    expect(folder.calls[0]).toMatchObject({ properties: ["openDirectory", "createDirectory"] });
    const file = fakeDialogs({ canceled: false, filePaths: ["/media/usb/a.sgbackup"] });
    expect(await showPathDialog(file.dialogs, null, "backup-file")).toBe("/media/usb/a.sgbackup");
    expect(file.calls[0]).toMatchObject({ properties: ["openFile"], filters: [{ extensions: ["sgbackup"] }] });
  });

  it("saves an export under a dated name, and answers null when cancelled", async () => {
    const save = fakeDialogs({ canceled: false, filePath: "/media/usb/practice.sgexport" });
    expect(await showPathDialog(save.dialogs, null, "archive-save")).toBe("/media/usb/practice.sgexport");
    expect((save.calls[0] as SaveDialogOptions).defaultPath).toMatch(/^safeguard-export-\d{4}-\d{2}-\d{2}\.sgexport$/);
    const cancelled = fakeDialogs({ canceled: true });
    expect(await showPathDialog(cancelled.dialogs, null, "archive-open")).toBeNull();
    expect(await showPathDialog(cancelled.dialogs, null, "archive-save")).toBeNull();
  });
});
