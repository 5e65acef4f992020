// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INSTEAD_MESSAGE, RATIONALE_MESSAGE, type AssessmentDetail, type QuestionView, type RequirementView } from "../../src/shared/model/assessment";
import { EVIDENCE_TOO_LARGE_MESSAGE, MAX_EVIDENCE_BYTES } from "../../src/shared/rules/evidenceFiles";
import { assessmentRouteFromHash } from "../../src/renderer/src/screens/assessment/assessmentRoute";
import { DecisionPanel } from "../../src/renderer/src/screens/assessment/DecisionPanel";
import { EvidenceFiles } from "../../src/renderer/src/screens/assessment/EvidenceFiles";
import { QuestionCard } from "../../src/renderer/src/screens/assessment/QuestionCard";
import { YearContext, type YearValue } from "../../src/renderer/src/screens/assessment/YearContext";
import { renderWithInvoke } from "./support";

afterEach(cleanup);

const ASSESSMENT_ID = "6f1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e11";
const MARIA = { id: "7a1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e22", name: "Maria Lopez" };

const question: QuestionView = {
  id: "q-308a1iiA-1",
  answer: null,
  notes: "",
  carriedOver: false,
  lastChangedBy: null,
  lastChangedAt: null,
  evidenceCount: 0,
};

const automaticLogoff: RequirementView = {
  id: "164.312(a)(2)(iii)",
  cfr: "164.312(a)(2)(iii)",
  standard: "Access control",
  specification: "Automatic logoff",
  status: "addressable",
  applicability: { applies: true },
  decision: null,
  needsDecision: true,
  carriedOver: false,
  questions: [],
};

/** Just enough of an assessment for one control; the browser tests use the real thing. */
const detail = {
  assessment: { id: ASSESSMENT_ID, year: 2026, status: "in-progress", carriedFrom: null, startedBy: MARIA, startedAt: "2026-03-01T10:00:00.000Z" },
  readOnly: false,
  sections: [],
  completeness: { complete: false },
} as unknown as AssessmentDetail;

function inYear(ui: ReactElement, answers: Partial<Record<string, unknown>> = {}, overrides: Partial<YearValue> = {}) {
  const replace = vi.fn();
  const value: YearValue = {
    detail,
    replace,
    editable: true,
    mayFinalize: true,
    mayPlan: true,
    timeZone: "America/Chicago",
    evidence: [],
    reloadEvidence: vi.fn(async () => undefined),
    ...overrides,
  };
  return { ...renderWithInvoke(<YearContext.Provider value={value}>{ui}</YearContext.Provider>, answers), replace };
}

describe("evidence files", () => {
  it("refuses a file over 20 MB with the limit message, without reading or sending it", async () => {
    const { invoke } = inYear(<EvidenceFiles questionId={question.id} files={[]} number={1} />);
    const huge = new File(["x"], "whole-binder-scan.pdf", { type: "application/pdf" });
    Object.defineProperty(huge, "size", { value: MAX_EVIDENCE_BYTES + 1 });
    fireEvent.change(screen.getByLabelText("Attach a file to question 1"), { target: { files: [huge] } });
    expect((await screen.findByRole("alert")).textContent).toBe(EVIDENCE_TOO_LARGE_MESSAGE);
    expect(EVIDENCE_TOO_LARGE_MESSAGE).toMatch(/larger than 20 MB/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it("names the accepted kinds of file when another kind is chosen", async () => {
    const { invoke } = inYear(<EvidenceFiles questionId={question.id} files={[]} number={1} />);
    fireEvent.change(screen.getByLabelText("Attach a file to question 1"), { target: { files: [new File(["MZ"], "setup.exe")] } });
    expect((await screen.findByRole("alert")).textContent).toMatch(/Attach a PDF, PNG, JPG, Word/);
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe("answering a question", () => {
  it("shows the main process's refusal (a role error) and does not keep the choice", async () => {
    const refusal = { ok: false, error: { code: "FORBIDDEN", message: "Your role is Read-only: you can look but not change anything." } };
    const { replace } = inYear(<QuestionCard question={question} number={1} of={4} />, { "assessment.answer": refusal });
    const dontKnow = screen.getByRole("radio", { name: /^I don't know/ });
    await userEvent.setup().click(dontKnow);
    expect((await screen.findByRole("alert")).textContent).toBe(refusal.error.message);
    expect((dontKnow as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(replace).not.toHaveBeenCalled();
  });

  it("marks the most effective answer and always offers \"I don't know\"", () => {
    inYear(<QuestionCard question={question} number={1} of={4} />);
    const group = screen.getByRole("group", { name: /^Question 1 of 4:/ });
    expect(within(group).getAllByRole("radio", { name: /Most effective$/ })).toHaveLength(1);
    expect(within(group).getByRole("radio", { name: /^I don't know/ })).toBeTruthy();
  });
});

describe("the addressable decision form", () => {
  it("asks for the reason and what is done instead before \"not reasonable and appropriate\" is sent", async () => {
    const { invoke } = inYear(<DecisionPanel requirement={automaticLogoff} name="Automatic logoff" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Save the decision" }));
    expect(await screen.findByText("Choose one of the three decisions.")).toBeTruthy();
    await user.click(screen.getByLabelText("Not reasonable and appropriate for the practice"));
    await user.type(screen.getByLabelText("What does the practice do instead?"), "locks");
    await user.click(screen.getByRole("button", { name: "Save the decision" }));
    expect(await screen.findByText(RATIONALE_MESSAGE)).toBeTruthy();
    expect(screen.getByText(INSTEAD_MESSAGE)).toBeTruthy();
    expect(invoke).not.toHaveBeenCalled();
  });

  it("puts the main process's field messages beside the fields", async () => {
    const refusal = { ok: false, error: { code: "VALIDATION", message: "Check the decision.", fields: { description: "The description can be at most 4,000 characters." } } };
    const { invoke } = inYear(<DecisionPanel requirement={automaticLogoff} name="Automatic logoff" />, { "assessment.decideAddressable": refusal });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText("Implemented as the regulation describes it"));
    await user.type(screen.getByLabelText("How is it done? (optional)"), "Every workstation locks after 5 minutes.");
    await user.click(screen.getByRole("button", { name: "Save the decision" }));
    await waitFor(() => expect(invoke).toHaveBeenCalledTimes(1));
    expect(invoke.mock.calls[0]?.[1]).toMatchObject({ assessmentId: ASSESSMENT_ID, requirementId: automaticLogoff.id, decision: "implemented", rationale: "" });
    expect((await screen.findByRole("alert")).textContent).toBe("Check the decision.");
    const field = screen.getByLabelText("How is it done? (optional)");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("The description can be at most 4,000 characters.")).toBeTruthy();
  });
});

describe("the assessment's addresses", () => {
  it.each([
    ["#/assessment", { year: null, page: null }],
    ["#/assessment/2026", { year: 2026, page: null }],
    ["#/assessment/2026/technical", { year: 2026, page: "technical" }],
    ["#/assessment/2026/results", { year: 2026, page: "results" }],
    ["#/assessment/2026/nonsense", { year: 2026, page: null }],
    ["#/assessment/1999/technical", { year: null, page: null }],
    ["#/assessment/twenty", { year: null, page: null }],
  ])("%s", (hash, route) => {
    expect(assessmentRouteFromHash(hash)).toEqual(route);
  });
});
