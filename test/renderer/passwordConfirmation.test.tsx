// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PASSWORD_MISMATCH } from "../../src/renderer/src/forms/passwordConfirm";
import { AdminStep, EMPTY_ADMIN } from "../../src/renderer/src/screens/setup/AdminStep";

afterEach(cleanup);

async function fillAdmin(password: string, again: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Full name"), "Maria Lopez");
  await user.type(screen.getByLabelText("Username"), "maria");
  await user.type(screen.getByLabelText("Password"), password);
  await user.type(screen.getByLabelText("Type the password again"), again);
  await user.click(screen.getByRole("button", { name: "Create the vault" }));
}

describe("the first Administrator's password", () => {
  it("says so when the confirmation does not match, next to the confirmation box, and sends nothing", async () => {
    const onCreate = vi.fn(async () => null);
    render(<AdminStep initial={EMPTY_ADMIN} onBack={() => undefined} onCreate={onCreate} />);
    await fillAdmin("blue chairs in the waiting room", "blue chairs in the waiting rom");

    const message = await screen.findByText(PASSWORD_MISMATCH);
    const confirm = screen.getByLabelText("Type the password again");
    expect(confirm.getAttribute("aria-invalid")).toBe("true");
    expect(confirm.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
    expect(onCreate).not.toHaveBeenCalled();
  });

  it("reports a mismatch at the same time as other problems, not only after they are fixed", async () => {
    render(<AdminStep initial={EMPTY_ADMIN} onBack={() => undefined} onCreate={vi.fn()} />);
    await fillAdmin("short", "shorter");
    expect(await screen.findByText(/A password needs at least 10 characters/)).toBeTruthy();
    expect(screen.getByText(PASSWORD_MISMATCH)).toBeTruthy();
  });

  it("sends the account without the confirmation when both match, and shows the main process's refusal", async () => {
    const onCreate = vi.fn(async (_admin: unknown) => ({ code: "VALIDATION" as const, message: "That username is taken.", fields: { "admin.username": "Choose another username." } }));
    render(<AdminStep initial={EMPTY_ADMIN} onBack={() => undefined} onCreate={onCreate} />);
    await fillAdmin("blue chairs in the waiting room", "blue chairs in the waiting room");

    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onCreate.mock.calls[0]?.[0]).toMatchObject({ username: "maria", password: "blue chairs in the waiting room", role: "administrator" });
    expect((await screen.findByRole("alert")).textContent).toBe("That username is taken.");
    expect(screen.getByText("Choose another username.")).toBeTruthy();
  });
});
