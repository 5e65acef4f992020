// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppEvent, SafeguardApi } from "../../src/shared/ipc/api";
import type { SessionInfo, VaultStatus } from "../../src/shared/model/vaultStatus";
import type { Result } from "../../src/shared/result";
import { App, DISCARDED_NOTICE } from "../../src/renderer/src/app/App";

/**
 * A stand-in for the main process with just enough state to sign two people in and out. What is under
 * test is the renderer's own logic: the lock screen over a hidden, still-mounted app.
 */
function fakeMainProcess() {
  const people: Record<string, { password: string; session: SessionInfo }> = {
    maria: { password: "maria's long password", session: session("u-maria", "maria", "Maria Lopez", "administrator") },
    sam: { password: "sam's long password", session: session("u-sam", "sam", "Sam Patel", "staff") },
  };
  let status: VaultStatus = { state: "unlocked", folder: "/vault", session: people.maria!.session };
  const listeners = new Set<(event: AppEvent) => void>();
  const answer = (channel: string, input: Record<string, string>): Result<unknown> => {
    const signedIn = status.state === "unlocked";
    switch (channel) {
      case "vault.status":
        return { ok: true, value: status };
      case "session.unlock": {
        const person = people[input.username ?? ""];
        if (!person || person.password !== input.password) return { ok: false, error: { code: "WRONG_CREDENTIALS", message: "The username or password is not right." } };
        status = { state: "unlocked", folder: "/vault", session: person.session };
        return { ok: true, value: person.session };
      }
      case "session.lock":
        status = { state: "locked", folder: "/vault", lockReason: input.reason as "user" };
        return { ok: true, value: null };
      default:
        if (!signedIn) return { ok: false, error: { code: "LOCKED", message: "The vault is locked." } };
        if (channel === "practice.get") return { ok: true, value: PRACTICE };
        if (channel === "settings.get") return { ok: true, value: { idleLockMinutes: 10 } };
        if (channel === "users.list") return { ok: true, value: [] };
        return { ok: true, value: null };
    }
  };
  const api: SafeguardApi = {
    invoke: (async (channel: string, input: Record<string, string>) => answer(channel, input)) as SafeguardApi["invoke"],
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    api,
    /** The main process locks by itself and says so, as after its own idle check. */
    lockFromMain(reason: "idle") {
      status = { state: "locked", folder: "/vault", lockReason: reason };
      listeners.forEach((listener) => listener({ type: "locked", reason }));
    },
  };
}

const PRACTICE = {
  name: "Bright Smiles Dental",
  kind: "dental",
  address: "",
  timeZone: "America/Chicago",
  workforceCount: 8,
  securityOfficial: "Maria Lopez",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

function session(id: string, username: string, fullName: string, role: "administrator" | "staff"): SessionInfo {
  return { user: { id, username, fullName, title: "", role }, practiceName: PRACTICE.name, idleLockMinutes: 10, recoveryKeyConfirmed: true, mustChangePassword: false, samplePractice: false };
}

const appHost = () => document.querySelector(".app-host") as HTMLElement;

async function unlockAs(username: string, password: string) {
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText("Username"));
  await user.type(screen.getByLabelText("Username"), username);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

beforeEach(() => {
  window.location.hash = "#/settings";
});
afterEach(cleanup);

describe("the lock screen over the app", () => {
  it("hides the app (hidden + inert) without unmounting it, so the same user finds their typing again", async () => {
    const main = fakeMainProcess();
    render(<App api={main.api} />);
    const name = (await screen.findByLabelText("Practice name")) as HTMLInputElement;
    const user = userEvent.setup();
    await user.clear(name);
    await user.type(name, "Typed, not saved");

    await user.keyboard("{Control>}l{/Control}");
    await screen.findByRole("heading", { name: "Safeguard Desk is locked" });
    expect(appHost().hidden).toBe(true);
    expect(appHost().hasAttribute("inert")).toBe(true);
    expect(name.isConnected).toBe(true);
    // The last user's name is filled in for them.
    expect((screen.getByLabelText("Username") as HTMLInputElement).value).toBe("maria");

    await user.type(screen.getByLabelText("Password"), "maria's long password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(appHost().hidden).toBe(false));
    expect(appHost().hasAttribute("inert")).toBe(false);
    expect((screen.getByLabelText("Practice name") as HTMLInputElement).value).toBe("Typed, not saved");
    expect(screen.queryByText(DISCARDED_NOTICE)).toBeNull();
  });

  it("remounts the app for a different user and says the earlier input was dropped", async () => {
    const main = fakeMainProcess();
    render(<App api={main.api} />);
    const name = await screen.findByLabelText("Practice name");
    const user = userEvent.setup();
    await user.type(name, " and more");
    await user.tab();

    await act(async () => main.lockFromMain("idle"));
    await screen.findByText("Locked after 10 minutes without activity.");
    await unlockAs("sam", "sam's long password");

    await screen.findByText(DISCARDED_NOTICE);
    await waitFor(() => expect(window.location.hash).toBe("#/dashboard"));
    await screen.findByRole("heading", { level: 1, name: "Dashboard" });
    expect(screen.getByRole("banner").textContent).toContain("Sam Patel");
  });

  it("shows the main process's message for a wrong password in an alert", async () => {
    const main = fakeMainProcess();
    render(<App api={main.api} />);
    await screen.findByLabelText("Practice name");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /Lock/ }));
    await screen.findByRole("heading", { name: "Safeguard Desk is locked" });
    await user.type(screen.getByLabelText("Password"), "wrong password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The username or password is not right.");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("");
  });
});
