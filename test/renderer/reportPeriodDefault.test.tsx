// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { REPORT_KINDS, REPORT_TITLES, type ReportKindInfo } from "../../src/shared/model/reports";
import { SessionContext, type SessionValue } from "../../src/renderer/src/app/SessionContext";
import { defaultPeriodChoice } from "../../src/renderer/src/screens/reports/PeriodPicker";
import { ReportMaker } from "../../src/renderer/src/screens/reports/ReportMaker";
import { renderWithInvoke } from "./support";

afterEach(cleanup);

const KINDS: ReportKindInfo[] = REPORT_KINDS.map((kind) => ({ kind, title: REPORT_TITLES[kind], description: `About the ${REPORT_TITLES[kind]}`, available: true, unavailableReason: null }));

const SESSION: SessionValue = {
  session: {
    user: { id: "u1", username: "maria", fullName: "Maria Lopez", title: "Office Manager", role: "administrator" },
    practiceName: "Smile Dental",
    idleLockMinutes: 15,
    recoveryKeyConfirmed: true,
    mustChangePassword: false,
    samplePractice: false,
  },
  practice: null,
  setPractice: () => undefined,
  refreshSession: async () => undefined,
  lock: () => undefined,
  sessionEnded: () => undefined,
};

const checked = (name: string | RegExp) => (screen.getByRole("radio", { name }) as HTMLInputElement).checked;

function renderMaker() {
  return renderWithInvoke(
    <SessionContext.Provider value={SESSION}>
      <ReportMaker kinds={KINDS} onExported={() => undefined} />
    </SessionContext.Provider>,
  );
}

describe("the period a report starts with", () => {
  it("is this calendar year for the Compliance Binder, and everything on record for the other documents", () => {
    expect(defaultPeriodChoice("binder", new Date(2026, 10, 28))).toEqual({ mode: "year", year: "2026" });
    for (const kind of REPORT_KINDS.filter((candidate) => candidate !== "binder")) expect(defaultPeriodChoice(kind)).toEqual({ mode: "all" });
  });

  it("follows the chosen document until the person picks a period, and comes back to its default when the document changes", async () => {
    const user = userEvent.setup();
    renderMaker();
    const thisYear = String(new Date().getFullYear());
    expect(checked(/^Everything on record/)).toBe(true);

    await user.click(screen.getByRole("radio", { name: /Compliance Binder/ }));
    expect(checked("One calendar year")).toBe(true);
    expect((screen.getByLabelText("Year", { exact: true }) as HTMLInputElement).value).toBe(thisYear);

    // The person's own choice stands while the document stays the same.
    await user.click(screen.getByRole("radio", { name: /^Everything on record/ }));
    expect(checked(/^Everything on record/)).toBe(true);

    await user.click(screen.getByRole("radio", { name: /Security Incident Log/ }));
    expect(checked(/^Everything on record/)).toBe(true);
    await user.click(screen.getByRole("radio", { name: /Compliance Binder/ }));
    expect(checked("One calendar year")).toBe(true);
  });
});
