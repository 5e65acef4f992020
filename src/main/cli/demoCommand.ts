import { existsSync, readdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SAMPLE_NOTICE } from "../../shared/model/samplePractice";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { buildSamplePractice, SAMPLE_PROFILE, type SampleOptions } from "../sample/buildSamplePractice";
import type { SampleSummary } from "../sample/sampleSummary";
import { vaultPaths } from "../vault/vaultPaths";
import { CommandFailure, readPasswordFromStdin, UsageError, usageErrorFrom } from "./cliIo";
import { demoGrowth } from "./demoYears";

/**
 * `npm run cli -- demo --vault DIR --user USERNAME --password-stdin [--year YYYY]` makes the sample
 * dental practice in a folder of its own, marked as sample data on every screen and report, for
 * looking around before entering real records. The year is "this year" of the sample (last year
 * finalized, this year in progress), by default the current year where the sample practice is.
 */
type Command = (args: string[], context: { out: (line: string) => void }) => Promise<number>;

/** The options `demo` reads; a later option (a sample grown over several years) is added here and in `sampleOptions`. */
const DEMO_OPTIONS = {
  vault: { type: "string" },
  user: { type: "string" },
  "password-stdin": { type: "boolean" },
  year: { type: "string" },
  years: { type: "string" },
} as const;

type DemoValues = { [K in keyof typeof DEMO_OPTIONS]?: (typeof DEMO_OPTIONS)[K]["type"] extends "string" ? string : boolean };

function parse(args: string[]): DemoValues {
  let values: DemoValues;
  try {
    values = parseArgs({ args, options: DEMO_OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw usageErrorFrom(error);
  }
  for (const name of ["vault", "user", "password-stdin"] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required.`);
  }
  return values;
}

function sampleYear(given: string | undefined): number {
  const thisYear = Number(calendarDateInZone(new Date(), SAMPLE_PROFILE.timeZone).slice(0, 4));
  if (given === undefined) return thisYear;
  if (!/^\d{4}$/.test(given)) throw new UsageError(`--year needs a year like ${thisYear} (got "${given}").`);
  const year = Number(given);
  if (year > thisYear) throw new UsageError(`--year can't be after this year (${thisYear}): the sample's records are dated up to today.`);
  if (year < 2010) throw new UsageError("--year must be 2010 or later.");
  return year;
}

function sampleOptions(values: DemoValues, password: string): SampleOptions {
  return { username: values.user!, password, year: sampleYear(values.year) };
}

/** Refuses a folder with anything in it: the sample never shares a folder with real records. */
function checkEmptyFolder(folder: string): { existed: boolean } {
  if (!existsSync(folder)) return { existed: false };
  const paths = vaultPaths(folder);
  if (existsSync(paths.database) || existsSync(paths.keySlots)) {
    throw new CommandFailure(`${folder} already holds a vault, and it was left as it is. The sample practice goes in a folder of its own: choose a new or empty folder.`);
  }
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    throw new CommandFailure(`${folder} is not a folder that can be used. Choose a new or empty folder.`);
  }
  if (entries.length > 0) throw new CommandFailure(`${folder} is not empty, and it was left as it is. The sample practice goes in a folder of its own: choose a new or empty folder.`);
  return { existed: true };
}

/** Takes away a half-made sample, so a failed run leaves the folder as it found it. */
function removeHalfMadeSample(folder: string, existed: boolean): void {
  if (!existed) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  for (const entry of readdirSync(folder)) rmSync(resolve(folder, entry), { recursive: true, force: true });
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describeSummary(summary: SampleSummary, out: (line: string) => void): void {
  for (const year of [summary.year - 1, summary.year]) {
    const assessment = summary.assessments.find((a) => a.year === year);
    const risk = summary.riskAnalyses.find((a) => a.year === year);
    const label = year === summary.year ? "This year" : "Last year";
    out(
      `  ${label} (${year}): assessment ${assessment?.status.replace("-", " ") ?? "not started"}; ` +
        `risk analysis ${risk ? `${risk.status.replace("-", " ")} (${plural(risk.assets, "asset")}, ${plural(risk.risks, "risk")})` : "not started"}`,
    );
  }
  out(`  Workforce: ${plural(summary.people.current, "person", "people")} (and ${summary.people.former} who left), ${plural(summary.accounts, "app account")}`);
  out(`  Training: ${plural(summary.trainingSessions, "session")}; ${plural(summary.trainingOverdue, "person", "people")} overdue`);
  out(`  Vendors: ${plural(summary.vendors, "vendor")}, ${plural(summary.vendorWarnings, "BAA warning")}`);
  out(`  Policies: ${plural(summary.policies, "policy", "policies")}, ${plural(summary.policyDrafts, "draft")} waiting for approval`);
  out(`  Incidents: ${plural(summary.incidents, "incident")}, ${plural(summary.openDeadlines, "notice deadline")} still open`);
  out(`  Tasks: ${plural(summary.tasks, "standing task")}`);
}

const demo: Command = async (args, { out }) => {
  const values = parse(args);
  const folder = resolve(values.vault!);
  const { existed } = checkEmptyFolder(folder);
  const grow = demoGrowth(values.years);
  const options = sampleOptions(values, await readPasswordFromStdin());
  let summary: SampleSummary;
  try {
    summary = await buildSamplePractice(folder, options);
    await grow?.(folder, options, out);
  } catch (error) {
    removeHalfMadeSample(folder, existed);
    throw new CommandFailure((error as Error).message);
  }
  out(`Made the sample practice "${summary.practiceName}" in ${folder}, with Administrator "${options.username}".`);
  out(`SAMPLE DATA. ${SAMPLE_NOTICE}`);
  out("");
  describeSummary(summary, out);
  out("");
  out("No recovery key is shown: nothing in this vault is worth recovering. If the password is forgotten, make the sample again in a new folder.");
  return 0;
};

export const demoCommands: Record<string, { run: Command; usage: string }> = {
  demo: { run: demo, usage: "demo --vault DIR --user USERNAME --password-stdin [--year YYYY] [--years N]" },
};
