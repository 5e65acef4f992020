import { afterAll, afterEach, describe, expect, it } from "vitest";
import { LONG_LIST_ADMIN, LONG_LIST_PERSON, makeLongTrainingList } from "../support/longTrainingList";
import { makeTempDir } from "../support/tempVault";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, launch, shot, signIn } from "./flows";

let app: RunningApp | null = null;
const temp = makeTempDir("safeguard-long-list-");
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(async () => {
  await closeBrowser();
  temp.remove();
});

const RECORDS = 10_000;

describe("a person with 10,000 training records", () => {
  it("opens on the first page of records, never puts them all on screen, and pages through them by keyboard", async () => {
    const memberId = await makeLongTrainingList(temp.path, RECORDS);
    app = await launch({ vaultDir: temp.path });
    const { page } = app;
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await signIn(page, LONG_LIST_ADMIN.username, LONG_LIST_ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

    await page.evaluate((id) => (window.location.hash = `#/workforce/person/${encodeURIComponent(id)}`), memberId);
    await page.getByRole("heading", { level: 1, name: LONG_LIST_PERSON }).waitFor();
    const records = page.getByRole("list", { name: "Training records, newest first" });
    await records.locator("li.completion").first().waitFor();
    const pager = page.getByRole("navigation", { name: "Pages of training records" });
    await expect(pager.getByText("Records 1–25 of 10,000").isVisible()).resolves.toBe(true);
    await expect(records.locator("li.completion").count()).resolves.toBe(25);

    // Scrolling to the end of the page brings no more records onto it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator("main").evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await expect(page.locator("li.completion").count()).resolves.toBe(25);
    await shot(page, "workforce-long-training-list");
    await expectAccessible(page, "person with 10,000 training records");

    // The next page, by keyboard: the list takes the focus, so the reader starts at its top.
    const firstHeading = await records.locator("h3").first().innerText();
    await pager.getByRole("button", { name: "Older records" }).focus();
    await page.keyboard.press("Enter");
    await pager.getByText("Records 26–50 of 10,000").waitFor();
    await expect(records.locator("h3").first().innerText()).resolves.not.toBe(firstHeading);
    await expect(records.evaluate((list) => list === document.activeElement)).resolves.toBe(true);
    await expect(page.locator("li.completion").count()).resolves.toBe(25);
    await expect(pager.getByRole("button", { name: "Newer records" }).isEnabled()).resolves.toBe(true);
  });
});
