// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DamagedScreen } from "../../src/renderer/src/screens/damaged/DamagedScreen";
import { renderWithInvoke } from "./support";

afterEach(cleanup);

const LATEST_BACKUP = {
  path: "/backups/smile-dental.sgbackup",
  fileName: "smile-dental.sgbackup",
  kind: "automatic",
  createdAt: "2026-03-01T10:00:00.000Z",
  sizeBytes: 1000,
  backupId: "00000000-0000-4000-8000-000000000001",
};
const NO_BACKUPS = { "backup.list": { ok: true, value: { folder: "/backups", backups: [] } } };

describe("a vault that cannot be opened", () => {
  it("from a newer version: says to install that version, offers a backup of this version, and never a new vault", async () => {
    const { invoke } = renderWithInvoke(
      <DamagedScreen folder="/vault" problem="too-new" message="This vault was written by a newer version of Safeguard Desk." onStartAgain={vi.fn()} />,
      NO_BACKUPS,
    );
    expect(screen.getByRole("heading", { level: 1, name: "This vault needs a newer version of Safeguard Desk" })).toBeTruthy();
    expect(screen.getByText(/saved by a newer version of Safeguard Desk/)).toBeTruthy();
    expect(screen.getByText(/Install the newer version of Safeguard Desk on this computer/)).toBeTruthy();
    expect(screen.queryByText(/cannot be opened/)).toBeNull();
    expect(screen.queryByRole("button", { name: /start again|move/i })).toBeNull();
    expect(screen.queryByText(/start with a new, empty vault/)).toBeNull();

    await userEvent.setup().click(screen.getByRole("button", { name: "Restore a backup made by this version…" }));
    expect(await screen.findByRole("heading", { name: "Choose a backup" })).toBeTruthy();
    expect(invoke).not.toHaveBeenCalledWith("vault.setAsideDamaged", expect.anything());
  });

  it("with damaged files: offers the latest backup first, then moving the files aside to start again", async () => {
    renderWithInvoke(<DamagedScreen folder="/vault" problem="key-slots-unreadable" message="The file that holds the keys is damaged." onStartAgain={vi.fn()} />, {
      "backup.list": { ok: true, value: { folder: "/backups", backups: [LATEST_BACKUP] } },
    });
    expect(screen.getByRole("heading", { level: 1, name: "The practice's vault cannot be opened" })).toBeTruthy();
    expect(screen.getByText("The file that holds the keys is damaged.")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Restore the latest backup" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Move these files aside and start again" })).toBeTruthy();
  });
});
