import { afterAll, afterEach, describe, expect, it } from "vitest";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import type { IncidentDetail } from "../../src/shared/model/incident";
import { STOLEN_LAPTOP } from "../main/incidents/incidentTestKit";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, launch, PRACTICE_PROFILE, seedVault } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const today = calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone);
const discovered = addCalendarDays(today, -7);
// Two days ahead, so the date is still in the future if the day turns while the test runs.
const future = addCalendarDays(today, 2);

/**
 * useServerForm, through two of the forms built on it: a date the form's own checks accept but the main
 * process refuses is shown next to its field and above the form, with everything typed kept; once saved,
 * the form is empty again. The step and the notice send their fields under "step." and "notice.".
 */
describe("a form the main process refuses", () => {
  it("shows the refusal by the field and above the form, keeps the typing, and empties once saved", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    const created = await app.core.dispatch("incidents.create", { incident: { ...STOLEN_LAPTOP, occurredOn: addCalendarDays(discovered, -1), discoveredOn: discovered } });
    if (!created.ok) throw new Error(created.error.message);
    await page.evaluate((hash) => (window.location.hash = hash), `#/incidents/${(created.value as IncidentDetail).incident.id}`);

    const steps = page.getByRole("region", { name: "Response steps" });
    await steps.getByText("Add a step").click();
    await steps.getByLabel("Kind of step").selectOption("containment");
    await steps.getByLabel("What was done").fill("Changed the dentist's passwords");
    await steps.getByLabel("Date", { exact: true }).fill(future);
    await steps.getByRole("button", { name: "Add the step" }).click();
    await steps.getByRole("alert").getByText("The date can't be in the future.").waitFor();
    await expect(steps.getByLabel("Date", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(steps.locator(".field-error").allInnerTexts()).resolves.toEqual(["The date can't be in the future."]);
    await expect(steps.getByLabel("What was done").inputValue()).resolves.toBe("Changed the dentist's passwords");
    await expectAccessible(page, "response step refused by the main process");

    await steps.getByLabel("Date", { exact: true }).fill(today);
    await steps.getByRole("button", { name: "Add the step" }).click();
    await steps.getByRole("cell", { name: "Changed the dentist's passwords" }).waitFor();
    await expect(steps.getByRole("alert").count()).resolves.toBe(0);
    await expect(steps.getByLabel("What was done").inputValue()).resolves.toBe("");

    const notices = page.getByRole("region", { name: "Notices sent" });
    await notices.getByText("Log a notice sent").click();
    await notices.getByLabel("Sent to").selectOption("individuals");
    await notices.getByLabel("Date sent").fill(addCalendarDays(discovered, -1));
    await notices.getByLabel("How it was sent").selectOption("first-class-mail");
    await notices.getByLabel("Whom exactly").fill("40 patients");
    await notices.getByRole("button", { name: "Log the notice" }).click();
    const beforeDiscovery = "The notice can't have been sent before the incident was discovered.";
    await notices.getByRole("alert").getByText(beforeDiscovery).waitFor();
    await expect(notices.getByLabel("Date sent").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(notices.locator(".field-error").allInnerTexts()).resolves.toEqual([beforeDiscovery]);
    await expect(notices.getByLabel("Whom exactly").inputValue()).resolves.toBe("40 patients");
  });
});
