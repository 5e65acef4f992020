// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SafeguardApi } from "../../src/shared/ipc/api";
import type { SessionInfo, VaultStatus } from "../../src/shared/model/vaultStatus";
import type { Result } from "../../src/shared/result";
import { App } from "../../src/renderer/src/app/App";

/**
 * The main process holds a user with a reset password to changing it (PASSWORD_CHANGE_REQUIRED on
 * every other channel). The window normally shows the change-password screen first; should it ever
 * be showing something else, the first refusal takes it back there.
 */
function mainProcessThatHoldsThePassword() {
  const sam: SessionInfo = {
    user: { id: "u-sam", username: "sam", fullName: "Sam Patel", title: "", role: "staff" },
    practiceName: "Bright Smiles Dental",
    idleLockMinutes: 10,
    recoveryKeyConfirmed: true,
    mustChangePassword: false,
    samplePractice: false,
  };
  // The window first hears of a normal session; the main process then knows better.
  let status: VaultStatus = { state: "unlocked", folder: "/vault", session: sam };
  const answer = (channel: string): Result<unknown> => {
    if (channel === "vault.status") return { ok: true, value: status };
    if (channel === "session.activity") return { ok: true, value: null };
    status = { state: "unlocked", folder: "/vault", session: { ...sam, mustChangePassword: true } };
    return {
      ok: false,
      error: { code: "PASSWORD_CHANGE_REQUIRED", message: "An Administrator set a temporary password for your account. Choose your own password in Safeguard Desk before doing anything else." },
    };
  };
  const api: SafeguardApi = {
    invoke: (async (channel: string) => answer(channel)) as SafeguardApi["invoke"],
    onEvent: () => () => undefined,
  };
  return api;
}

beforeEach(() => {
  window.location.hash = "#/settings";
});
afterEach(cleanup);

describe("a refusal until the password is changed", () => {
  it("takes the window back to the change-password screen", async () => {
    render(<App api={mainProcessThatHoldsThePassword()} />);
    await screen.findByRole("heading", { name: "Choose a new password" });
    await waitFor(() => expect((document.querySelector(".app-host") as HTMLElement | null)?.hidden ?? true).toBe(true));
    expect(screen.getByLabelText("Temporary password")).toBeTruthy();
  });
});
