// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { encodeRecoveryKey, recoveryKeyGroups } from "../../src/shared/model/recoveryKey";
import { describeGroups } from "../../src/renderer/src/screens/recoveryKey/confirmSchema";
import { RecoveryKeyConfirm } from "../../src/renderer/src/screens/recoveryKey/RecoveryKeyConfirm";
import { renderWithInvoke } from "./support";

afterEach(cleanup);

const KEY = encodeRecoveryKey(Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256));
const GROUPS = recoveryKeyGroups(KEY);

describe("typing back the recovery key", () => {
  it("asks for the groups by their 1-based numbers", () => {
    expect(describeGroups([2, 8])).toBe("group 3 and group 9");
    expect(describeGroups([0, 4, 12])).toBe("group 1, group 5 and group 13");
    renderWithInvoke(<RecoveryKeyConfirm recoveryKey={KEY} confirmGroups={[2, 8]} onBack={vi.fn()} onConfirmed={vi.fn()} />);
    expect(screen.getByText(/type group 3 and group 9 of your key/)).toBeTruthy();
    expect(screen.getByLabelText("Group 3")).toBeTruthy();
    expect(screen.getByLabelText("Group 9")).toBeTruthy();
  });

  it("points out a wrong group without asking the main process", async () => {
    const onConfirmed = vi.fn();
    const { invoke } = renderWithInvoke(<RecoveryKeyConfirm recoveryKey={KEY} confirmGroups={[2, 8]} onBack={vi.fn()} onConfirmed={onConfirmed} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Group 3"), GROUPS[2] ?? "");
    await user.type(screen.getByLabelText("Group 9"), "ZZZZ");
    await user.click(screen.getByRole("button", { name: "Confirm the key" }));
    expect(await screen.findByText(/That is not group 9\./)).toBeTruthy();
    expect(screen.queryByText(/That is not group 3\./)).toBeNull();
    expect(invoke).not.toHaveBeenCalled();
    expect(onConfirmed).not.toHaveBeenCalled();
  });

  it("accepts small letters and look-alikes (o for 0), sends 0-based groups, and goes on when confirmed", async () => {
    const onConfirmed = vi.fn();
    const { invoke } = renderWithInvoke(<RecoveryKeyConfirm recoveryKey={KEY} confirmGroups={[2, 8]} onBack={vi.fn()} onConfirmed={onConfirmed} />, {
      "recoveryKey.confirm": { ok: true, value: null },
    });
    const user = userEvent.setup();
    const typed = (group: string) => group.toLowerCase().replace(/0/g, "o");
    await user.type(screen.getByLabelText("Group 3"), typed(GROUPS[2] ?? ""));
    await user.type(screen.getByLabelText("Group 9"), typed(GROUPS[8] ?? ""));
    await user.click(screen.getByRole("button", { name: "Confirm the key" }));
    await vi.waitFor(() => expect(onConfirmed).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith("recoveryKey.confirm", {
      answers: [
        { group: 2, value: typed(GROUPS[2] ?? "") },
        { group: 8, value: typed(GROUPS[8] ?? "") },
      ],
    });
  });

  it("shows the main process's refusal next to the group it names", async () => {
    const onConfirmed = vi.fn();
    renderWithInvoke(<RecoveryKeyConfirm recoveryKey={KEY} confirmGroups={[2, 8]} onBack={vi.fn()} onConfirmed={onConfirmed} />, {
      "recoveryKey.confirm": {
        ok: false,
        error: { code: "VALIDATION", message: "That does not match the recovery key.", fields: { group8: "Group 9 does not match the key shown." } },
      },
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Group 3"), GROUPS[2] ?? "");
    await user.type(screen.getByLabelText("Group 9"), GROUPS[8] ?? "");
    await user.click(screen.getByRole("button", { name: "Confirm the key" }));
    expect((await screen.findByRole("alert")).textContent).toBe("That does not match the recovery key.");
    expect(screen.getByText("Group 9 does not match the key shown.")).toBeTruthy();
    expect(onConfirmed).not.toHaveBeenCalled();
  });
});
