import { spawn } from "node:child_process";
import { join } from "node:path";
import type { ReportKind } from "../../src/shared/model/reports";
import { dayInZone } from "../../src/shared/time/zonedTime";
import { SAMPLE_PROFILE } from "../../src/main/sample/buildSamplePractice";
import { availableDocument } from "../../src/main/reports/documents";
import { defaultPeriodChoice } from "../../src/renderer/src/screens/reports/PeriodPicker";
import { round, type Figure } from "./measure";
import { BENCH_ADMIN, type BenchVault } from "./tenYearVault";

const ROOT = join(__dirname, "../..");

interface ChildResult {
  ms: number;
  peakMemoryMB: number;
  pages: number | null;
  bytes: number;
  timings: { layoutMs: number; renderMs: number; signMs: number } | null;
}

/** An export stopped at the time limit given to it. */
class StoppedExport extends Error {}

/** One signed export in a fresh process (reportChild.ts), so its peak memory is its own; stopped after `limitMs` if given. */
function exportInChild(vault: BenchVault, kind: ReportKind, year: number | null, limitMs: number | null = null): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx's loader, not the tsx command (which would run Node as a child of its own), so stopping it stops the export.
    const args = ["--import", "tsx", join(__dirname, "reportChild.ts"), vault.folder, BENCH_ADMIN.username, kind, ...(year ? [String(year)] : [])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let stopped = false;
    const stop = () => {
      stopped = true;
      child.kill("SIGKILL");
    };
    const timer = limitMs === null ? null : setTimeout(stop, limitMs);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      if (stopped) return reject(new StoppedExport(`stopped after ${limitMs} ms`));
      const line = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ChildResult);
      else reject(new Error(`The ${kind} export failed: ${stderr.trim() || stdout.trim() || `exit code ${code}`}`));
    });
    child.stdin.end(`${BENCH_ADMIN.password}\n`);
  });
}

const median = (results: ChildResult[]) => [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;

interface BinderMeasure {
  /** The figures' names: `${name}Ms` and `${name}PeakMemoryMB`. */
  name: string;
  /** Calendar year, or null for everything on record. */
  year: number | null;
  /** What was exported, for the time figure's baseline. */
  what: string;
  /** Targets, or null for a reference figure measured only to be read. */
  targets: { ms: number; peakMemoryMB: number } | null;
  limitMs: number;
}

/** A figure with no target of its own: shown for reading, never counted as met or missed. */
function reference(name: string, value: number, unit: string, baseline: string): Figure {
  return { name, value, unit, target: "(reference)", met: null, baseline };
}

/** The binder's time and peak memory as two figures, also when it was stopped at its limit or failed. */
async function binderFigures(vault: BenchVault, measure: BinderMeasure): Promise<Figure[]> {
  const msName = `${measure.name}Ms`;
  const memoryName = `${measure.name}PeakMemoryMB`;
  const figure = (name: string, value: number, unit: string, limit: number | undefined, baseline: string): Figure =>
    limit === undefined ? reference(name, value, unit, baseline) : { name, value, unit, target: `≤ ${limit} ${unit}`, met: Number.isFinite(value) && value <= limit, baseline };
  try {
    const binder = await exportInChild(vault, "binder", measure.year, measure.limitMs);
    return [
      figure(msName, round(binder.ms, 0), "ms", measure.targets?.ms, `${measure.what}, generated and signed (${binder.pages} pages, ${round(binder.bytes / 1_048_576, 1)} MB; layout ${round(binder.timings?.layoutMs ?? 0, 0)} ms, render ${round(binder.timings?.renderMs ?? 0, 0)} ms, sign ${round(binder.timings?.signMs ?? 0, 0)} ms, the rest reading the vault and checking the audit chain), on ${vault.describe}`),
      figure(memoryName, round(binder.peakMemoryMB, 0), "MB", measure.targets?.peakMemoryMB, `peak resident memory of the process that exported ${measure.what} (main thread and report worker together, Node and tsx included)`),
    ];
  } catch (error) {
    const stopped = error instanceof StoppedExport;
    const why = stopped
      ? `${measure.what} had not finished after ${measure.limitMs / 1000} s and was stopped; its time is at least that, on ${vault.describe}`
      : `${measure.what} could not be exported: ${error instanceof Error ? error.message : String(error)}`;
    return [
      figure(msName, stopped ? measure.limitMs : Number.NaN, "ms", measure.targets?.ms, why),
      figure(memoryName, Number.NaN, "MB", measure.targets?.peakMemoryMB, stopped ? "not known: the export was stopped before it finished (see the figure above)" : why),
    ].map((one) => (measure.targets ? { ...one, met: false } : one));
  }
}

/**
 * This year's Annual Risk Analysis (300 risks on the ten-year vault) and the Compliance Binder, each
 * generated and signed as the app exports it (read in the main thread, laid out, rendered and signed
 * in the report worker, recorded in the register), each in a fresh process whose peak resident
 * memory is read at the end. The binder measured against its targets is the one the Reports screen
 * offers by default: this calendar year, what an auditor asks for. The binder of everything on
 * record, which counts by year what piles up year after year, is a reference figure beside it.
 */
export async function scaleReportFigures(vault: BenchVault, quick: boolean): Promise<Figure[]> {
  const today = new Date();
  const year = Number(dayInZone(today, SAMPLE_PROFILE.timeZone).slice(0, 4));
  const runs: ChildResult[] = [];
  for (let run = 0; run < (quick ? 1 : 3); run++) runs.push(await exportInChild(vault, "annual-risk-analysis", year));
  const ara = median(runs);
  const figures: Figure[] = [
    {
      name: "tenYearRiskAnalysisReportMs",
      value: round(ara.ms, 0),
      unit: "ms",
      target: "≤ 2000 ms",
      met: ara.ms <= 2000,
      baseline: `this year's Annual Risk Analysis with ${vault.counts.latestRisks} risks, generated and signed (${ara.pages} pages; layout ${round(ara.timings?.layoutMs ?? 0, 0)} ms, render ${round(ara.timings?.renderMs ?? 0, 0)} ms, sign ${round(ara.timings?.signMs ?? 0, 0)} ms), median of ${runs.length}, on ${vault.describe}`,
    },
    {
      name: "tenYearRiskAnalysisSigningSharePct",
      value: round((100 * (ara.timings?.signMs ?? Number.NaN)) / ara.ms, 1),
      unit: "%",
      target: "≤ 20 %",
      met: ((ara.timings?.signMs ?? Number.POSITIVE_INFINITY) / ara.ms) * 100 <= 20,
      baseline: "the signing stage (placeholder, PKCS#7 with RSA-3072) over the whole export of the risk analysis above, in the same run",
    },
  ];
  if (!availableDocument("binder")) {
    const missing = "the Compliance Binder does not exist yet (src/main/reports/documents/index.ts lists it as planned), so it could not be measured";
    return [
      ...figures,
      { name: "tenYearBinderMs", value: Number.NaN, unit: "ms", target: "≤ 10000 ms", met: false, baseline: missing },
      { name: "tenYearBinderPeakMemoryMB", value: Number.NaN, unit: "MB", target: "≤ 500 MB", met: false, baseline: missing },
    ];
  }
  // The period the Reports screen starts the binder with (src/renderer/src/screens/reports/PeriodPicker.tsx).
  const offered = defaultPeriodChoice("binder", today);
  const defaultYear = offered.mode === "year" ? Number(offered.year) : null;
  // The quick run has three minutes for everything: each binder gets 30 s of them (the full run ten minutes), and says so if it needs more.
  const limitMs = quick ? 30_000 : 600_000;
  return [
    ...figures,
    ...(await binderFigures(vault, {
      name: "tenYearBinder",
      year: defaultYear,
      what: `the Compliance Binder the Reports screen offers by default, ${defaultYear === null ? "everything on record" : `calendar year ${defaultYear} (this year where the practice is)`}`,
      targets: { ms: 10_000, peakMemoryMB: 500 },
      limitMs,
    })),
    ...(await binderFigures(vault, {
      name: "tenYearBinderAllYears",
      year: null,
      what:
        "the Compliance Binder of everything on record (a choice on the Reports screen: every year, with training records, completed remediation items and closed incidents counted by year and the audit log summarized)",
      targets: null,
      limitMs,
    })),
  ];
}
