import { performance } from "node:perf_hooks";
import type { ReportKind } from "../../src/shared/model/reports";
import { issueCertificate } from "../../src/main/reports/certificateStore";
import type { RenderedReport } from "../../src/main/reports/renderReport";
import { exportReport } from "../../src/main/reports/reportService";
import { readPractice } from "../../src/main/services/practiceService";
import { findActiveUserByUsername } from "../../src/main/services/userService";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../src/main/vault/vault";
import { useBuiltReportWorker } from "./builtReportWorker";

/**
 * Exports one signed report from a vault in a process of its own, so that its peak memory is the
 * report's alone: `tsx reportChild.ts <vault folder> <username> <kind> [year]`, the password on
 * standard input. Prints one JSON line: the time, the peak resident memory, pages and bytes.
 */
async function main(): Promise<void> {
  const [folder, username, kind, year] = process.argv.slice(2) as [string, string, ReportKind, string | undefined];
  const password = (await new Promise<string>((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk: Buffer) => (text += chunk.toString()));
    process.stdin.on("end", () => resolve(text));
  })).trim();
  const removeWorker = useBuiltReportWorker();
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error("No vault there.");
  const vault = await openVault(folder, findUserSlot(state.slots, username), password);
  try {
    const user = findActiveUserByUsername(vault.db, username)!;
    const actor = { id: user.id, name: user.username };
    // Made once per Administrator in real use; not part of one export's cost.
    await issueCertificate(vault.db, actor, user, readPractice(vault.db).name, "renewed");
    let rendered: RenderedReport | null = null;
    const started = performance.now();
    const exported = await exportReport(
      { vault, user, actor },
      { kind, period: year ? { year: Number(year) } : {}, sign: { meaning: "Approved by the Security Official" } },
      { onRendered: (report) => (rendered = report) },
    );
    const ms = performance.now() - started;
    const report = rendered as RenderedReport | null;
    console.log(
      JSON.stringify({
        ms,
        peakMemoryMB: process.resourceUsage().maxRSS / 1024,
        pages: report?.pageCount ?? null,
        bytes: Buffer.byteLength(exported.pdfBase64, "base64"),
        timings: report?.timings ?? null,
      }),
    );
  } finally {
    closeVault(vault);
    removeWorker();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
