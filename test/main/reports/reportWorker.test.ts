import { performance } from "node:perf_hooks";
import { afterAll, describe, expect, it } from "vitest";
import type { AuditLogReportData } from "../../../src/main/reports/documents/auditLogReport";
import { defaultFontsDir, type DocumentFrame } from "../../../src/main/reports/pdfDocument";
import type { ReportJob, ReportProgress } from "../../../src/main/reports/renderReport";
import { runReportWorker } from "../../../src/main/reports/runReportWorker";
import { createSigningCertificate } from "../../../src/main/reports/signingCertificate";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import { ADMIN } from "../../support/testCore";
import { appendEntries, disposeVaults, ordinaryEntries, practiceVault } from "./reportTestKit";

afterAll(disposeVaults);

const FRAME: DocumentFrame = {
  title: "Audit Log Report",
  practice: { name: "Smile Dental", address: "12 Main Street", securityOfficial: "Maria Lopez", timeZone: "America/Chicago" },
  periodLabel: "Everything on record",
  version: 1,
  generatedAt: "2026-03-02T15:00:00.000Z",
  generatedBy: "Maria Lopez, Office Manager",
  reportId: "00000000-0000-4000-8000-000000000001",
  preview: false,
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
    const verification = verifyPdf(rendered.pdf);
    expect(verification.verdict).toBe("valid");
    expect(verification.signature?.signedAt).toBe("2026-03-02T15:00:00.000Z");
  });

  it("reports a failure in the worker as an error, and stops the worker", async () => {
    const job: ReportJob = { kind: "binder", data: {}, frame: FRAME, fontsDir: defaultFontsDir(), signing: null };
    await expect(runReportWorker(job)).rejects.toThrow(/No document is defined for "binder"/);
  });

  it("keeps the main process's event loop free while a 3,000-entry report is built and signed", async () => {
    const c = await practiceVault();
    await appendEntries(c, ordinaryEntries(3000));
    // The certificate is made beforehand: its one-off creation is not what this test is about.
    await c.must("certificate.renew", { password: ADMIN.password });

    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = performance.now();
    let exported;
    try {
      exported = await c.must("reports.export", { kind: "audit-log", sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
    } finally {
      clearInterval(timer);
    }
    const elapsed = performance.now() - started;

    expect(verifyPdf(Buffer.from(exported.pdfBase64, "base64")).verdict).toBe("valid");
    // The export takes seconds; the timer never waited more than a fraction of that.
    expect(elapsed).toBeGreaterThan(1_500);
    expect(longestGap).toBeLessThan(250);
    expect(ticks).toBeGreaterThan(elapsed / 5 / 4);
  }, 120_000);
});
