import { threadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { AuditLogReportData } from "../../../src/main/reports/documents/auditLogReport";
import { defaultFontsDir, type DocumentFrame } from "../../../src/main/reports/pdfDocument";
import type { ReportJob, ReportProgress } from "../../../src/main/reports/renderReport";
import { runReportWorker } from "../../../src/main/reports/runReportWorker";
import { createSigningCertificate } from "../../../src/main/reports/signingCertificate";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import { ordinaryEntries } from "./reportTestKit";

const FRAME: DocumentFrame = {
  title: "Audit Log Report",
  practice: { name: "Smile Dental", address: "12 Main Street", securityOfficial: "Maria Lopez", timeZone: "America/Chicago" },
  periodLabel: "Everything on record",
  version: 1,
  generatedAt: "2026-03-02T15:00:00.000Z",
  generatedBy: "Maria Lopez, Office Manager",
  reportId: "00000000-0000-4000-8000-000000000001",
  preview: false,
  sample: false,
};

function auditData(count: number): AuditLogReportData {
  return {
    chain: { intact: true, checked: count },
    totalEntries: count,
    periodLabel: "Everything on record",
    entries: ordinaryEntries(count).map((entry, index) => ({ seq: index + 1, at: entry.at, actorName: entry.actorName, action: entry.action, summary: entry.summary, hash: "0123456789ab" })),
  };
}

describe("the report worker", () => {
  it("builds and signs off the main thread, posting progress for each stage", async () => {
    const keys = await createSigningCertificate({ fullName: "Maria Lopez", title: "Office Manager", practiceName: "Smile Dental" });
    const job: ReportJob = {
      kind: "audit-log",
      data: auditData(400),
      frame: FRAME,
      fontsDir: defaultFontsDir(),
      signing: {
        keys,
        location: "Smile Dental",
        signature: {
          fullName: "Maria Lopez",
          title: "Office Manager",
          meaning: "Approved by the Security Official",
          signedAt: "2026-03-02T15:00:00.000Z",
          certificateSerial: keys.serialNumber,
          certificateFingerprint: keys.fingerprintSha256,
          auditAnchor: null,
        },
      },
    };
    const progress: ReportProgress[] = [];
    const rendered = await runReportWorker(job, { onProgress: (event) => progress.push(event) });
    const stages = progress.map((event) => event.stage).filter((stage, index, all) => stage !== all[index - 1]);
    expect(stages).toEqual(["layout", "render", "sign"]);
    const renderFractions = progress.filter((event) => event.stage === "render").map((event) => event.fraction);
    expect(renderFractions.length).toBeGreaterThan(10);
    expect(renderFractions).toEqual([...renderFractions].sort((a, b) => a - b));
    expect(renderFractions.at(-1)).toBe(1);
    expect(rendered.pageCount).toBeGreaterThan(10);
    expect(rendered.timings.renderMs).toBeGreaterThan(0);
    // The work happened in the worker, so the main process's event loop stayed free (npm run bench measures by how much).
    expect(rendered.threadId).not.toBe(threadId);
    const verification = verifyPdf(rendered.pdf);
    expect(verification.verdict).toBe("valid");
    expect(verification.signature?.signedAt).toBe("2026-03-02T15:00:00.000Z");
  });

  it("reports a failure in the worker as an error, and stops the worker", async () => {
    const job: ReportJob = { kind: "no-such-report" as ReportJob["kind"], data: {}, frame: FRAME, fontsDir: defaultFontsDir(), signing: null };
    await expect(runReportWorker(job)).rejects.toThrow(/No document is defined for "no-such-report"/);
  });

});
