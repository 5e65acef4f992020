import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import type { AppEvent } from "../../../src/shared/ipc/api";
import type { ReportKind } from "../../../src/shared/model/reports";
import { completeAssessment } from "../../support/assessmentFlows";
import { ADMIN } from "../../support/testCore";
import { approveAll, find, rateAndAcceptAll, withSuggestedRisks } from "../risk/riskFlows";
import { disposeVaults, poppler, practiceVault } from "./reportTestKit";

type Vault = Awaited<ReturnType<typeof practiceVault>>;

afterAll(disposeVaults);

/** Exports a signed report, writes it beside the vault and answers its file and its text as pdftotext reads it. */
async function signedText(c: Vault, kind: ReportKind, period: { year?: number } = {}) {
  const exported = await c.must("reports.export", { kind, period, sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
  const file = join(c.folder, exported.fileName);
  const bytes = Buffer.from(exported.pdfBase64, "base64");
  writeFileSync(file, bytes);
  const text = poppler("pdftotext", ["-layout", file, "-"]).output;
  // Without -layout, a table cell's wrapped lines stay together: the flat text reads cell by cell.
  const flat = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
  return { file, bytes, text, flat };
}

describe("the Annual Risk Analysis, the Gap Assessment and the Remediation Plan", () => {
  let c: Vault;

  beforeAll(async () => {
    c = await practiceVault();
    const { pairs } = await withSuggestedRisks(c, 2025);
    await rateAndAcceptAll(c, 2025);
    await approveAll(c, 2025);
    const ransomware = find(pairs.server, "ransomware");
    await c.must("risk.mitigations.add", { pairId: ransomware.id, title: "Keep an offline backup drive and test a restore", dueDate: "2025-09-30" });
    await c.must("risk.finalize", { year: 2025 });

    const assessment = await c.must("assessment.start", { year: 2025 });
    await completeAssessment(c, assessment.assessment.id, { "q-312a2iv-1": "none" });
    const results = await c.must("assessment.results", { assessmentId: assessment.assessment.id });
    const gap = results.gaps.find((candidate) => candidate.questionId === "q-312a2iv-1")!;
    await c.must("actionItems.createFromGap", { assessmentId: assessment.assessment.id, questionId: gap.questionId, title: "Turn on disk encryption on every laptop", dueDate: "2025-12-15" });
  }, 120_000);

  it("lists the three as available, and makes a year without an analysis into a short document that says so", async () => {
    const kinds = await c.must("reports.kinds", {});
    const available = kinds.filter((kind) => kind.available).map((kind) => kind.kind);
    expect(available).toEqual(expect.arrayContaining(["annual-risk-analysis", "gap-assessment", "remediation-plan"]));
    const preview = await c.must("reports.preview", { kind: "annual-risk-analysis", period: { year: 2019 } });
    const file = join(c.folder, preview.fileName);
    writeFileSync(file, Buffer.from(preview.pdfBase64, "base64"));
    const text = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
    expect(text).toContain("Nothing to report yet");
    expect(text).toContain("There is no risk analysis for 2019. Start one first, or choose another year.");
    expect(text).toContain("This section is empty because there is no risk analysis for 2019.");
  });

  it("makes a signed Annual Risk Analysis with the nine elements, the inventory, both heat maps, the register and the plan", async () => {
    const report = await signedText(c, "annual-risk-analysis");
    expect(verifyPdf(report.bytes).verdict).toBe("valid");
    expect(poppler("pdfsig", [report.file]).output).toMatch(/Signature Validation: Signature is Valid/);
    for (const expected of [
      "Annual Risk Analysis",
      "Guidance on Risk Analysis Requirements under the HIPAA Security Rule",
      "9. Periodic review and updates",
      "Practice management software",
      "Inherent risk: without the current safeguards",
      "Residual risk: with the current safeguards",
      "Keep an offline backup drive and test a restore",
      "Cyber insurance covers this",
      "164.308(a)(1)(ii)(B)",
    ]) {
      expect(report.flat).toContain(expected);
    }
    expect(report.flat).not.toContain("Draft: this analysis is not finalized");
    // The heat map is drawn, not pasted: the file holds no image at all.
    expect(poppler("pdfimages", ["-list", report.file]).output.split("\n").length).toBeLessThanOrEqual(3);
  });

  it("orders the register by residual level, highest first", async () => {
    const { pairs } = await c.must("risk.get", { year: 2025 });
    const report = await signedText(c, "annual-risk-analysis", { year: 2025 });
    const risksSection = report.text.slice(report.text.indexOf("Each threat paired with"), report.text.indexOf("What the practice decided"));
    const levels = [...risksSection.matchAll(/\b(Critical|High|Medium|Low) \(\d×\d\)\s*$/gm)].map((match) => match[1]);
    const rank: Record<string, number> = { Low: 0, Medium: 1, High: 2, Critical: 3 };
    const ranks = levels.map((level) => rank[level ?? ""] ?? -1);
    expect(levels.length).toBe(pairs.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("marks a risk analysis that is not finalized as a draft on its cover", async () => {
    await c.must("risk.start", { year: 2026, copyFromYear: 2025 });
    const report = await signedText(c, "annual-risk-analysis", { year: 2026 });
    expect(report.flat).toContain("Draft: this analysis is not finalized");
    expect(report.flat).toContain("Changes since 2025");
  });

  it("makes a signed Gap Assessment with scores, ranked gaps, addressable decisions and every answer", async () => {
    const report = await signedText(c, "gap-assessment");
    expect(verifyPdf(report.bytes).verdict).toBe("valid");
    for (const expected of ["Gap Assessment", "Administrative safeguards", "Overall", "Gaps, most serious first", "Addressable decisions", "164.312(a)(2)(iv)", "Answers: Technical safeguards"]) {
      expect(report.flat).toContain(expected);
    }
    expect(report.flat).toContain("Not applicable");
  });

  it("tells the window how far an export has got, stage by stage", async () => {
    const events: AppEvent[] = [];
    const stop = c.core.onEvent((event) => events.push(event));
    try {
      await signedText(c, "remediation-plan");
    } finally {
      stop();
    }
    const progress = events.filter((event) => event.type === "report-progress");
    expect(progress.every((event) => event.kind === "remediation-plan")).toBe(true);
    expect([...new Set(progress.map((event) => event.stage))]).toEqual(["layout", "render", "sign"]);
    expect(progress.at(-1)).toMatchObject({ stage: "sign", fraction: 1 });
  });

  it("makes a signed Remediation Plan with the gap's and the risk's items, owners, dates and status", async () => {
    const report = await signedText(c, "remediation-plan");
    expect(verifyPdf(report.bytes).verdict).toBe("valid");
    expect(report.flat).toContain("Turn on disk encryption on every laptop");
    expect(report.flat).toContain("Keep an offline backup drive and test a restore");
    expect(report.flat).toContain("2025-12-15");
    expect(report.flat).toMatch(/Assessment 2025 gap: 164\.312\(a\)\(2\)\(iv\)/);
  });
});
