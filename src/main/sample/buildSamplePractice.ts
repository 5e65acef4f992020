import { SAMPLE_PRACTICE_NAME } from "../../shared/model/samplePractice";
import type { PracticeProfile } from "../../shared/model/practice";
import { recoveryKeyGroups } from "../../shared/model/recoveryKey";
import type { VaultOptions } from "../vault/vault";
import { buildSampleAssessments } from "./sampleAssessment";
import { SampleCalendar } from "./sampleCalendar";
import { SampleDriver } from "./sampleDriver";
import { buildSampleIncidents } from "./sampleIncidents";
import { markAsSample } from "./sampleMarker";
import { buildSamplePolicies } from "./samplePolicies";
import { buildSampleRiskAnalyses } from "./sampleRisk";
import { summarizeSample, type SampleSummary } from "./sampleSummary";
import { buildSampleTasks } from "./sampleTasks";
import { buildSampleVendors } from "./sampleVendors";
import { buildSampleWorkforce } from "./sampleWorkforce";

export const SAMPLE_PROFILE: PracticeProfile = {
  name: SAMPLE_PRACTICE_NAME,
  kind: "dental",
  address: "410 Elm Street, Springfield, IL 62704",
  timeZone: "America/Chicago",
  workforceCount: 9,
  securityOfficial: "Dana Whitfield",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

export const SAMPLE_TEAM = [
  { username: "jreed", fullName: "Jamal Reed", title: "Dental Hygienist", role: "staff" as const, password: "sample team password 1" },
  { username: "pnatarajan", fullName: "Priya Natarajan", title: "Compliance Consultant", role: "readonly" as const, password: "sample team password 2" },
];

export interface SampleOptions {
  /** The Administrator the sample is opened with. */
  username: string;
  fullName?: string;
  password: string;
  /**
   * This year: the sample has last year finalized and this year in progress. Not after the practice's
   * today, since the records of this year are dated up to today.
   */
  year: number;
  vault?: VaultOptions;
}

/**
 * Makes the sample dental practice in an empty folder: a vault marked as sample data, its people and
 * their training, a finalized assessment and risk analysis for last year and this year's in progress,
 * the vendors and their BAAs, the policies, the incidents and the task list. Answers what it holds.
 */
export async function buildSamplePractice(folder: string, options: SampleOptions): Promise<SampleSummary> {
  const calendar = new SampleCalendar(options.year, SAMPLE_PROFILE.timeZone);
  const driver = new SampleDriver(folder, options.vault);
  try {
    const issued = await driver.must("vault.create", {
      practice: SAMPLE_PROFILE,
      admin: { username: options.username, fullName: options.fullName ?? "Dana Whitfield", title: "Office Manager", role: "administrator", password: options.password },
    });
    markAsSample(driver.db);
    // The key of made-up data is confirmed at once; nobody needs to print it.
    const groups = recoveryKeyGroups(issued.recoveryKey);
    await driver.must("recoveryKey.confirm", { answers: issued.confirmGroups.map((group) => ({ group, value: groups[group]! })) });
    for (const member of SAMPLE_TEAM) await driver.must("users.create", member);
    const admin = (await driver.must("session.current", {})).user;
    // The order a practice would follow: people first, then the yearly assessment and risk analysis,
    // the vendors they name, the policies generated from the assessment, and what happened since.
    const workforce = await buildSampleWorkforce(driver, calendar, admin);
    await buildSampleAssessments(driver, SAMPLE_PROFILE, options.year);
    await buildSampleRiskAnalyses(driver, options.year);
    await buildSampleVendors(driver, calendar);
    await buildSamplePolicies(driver, workforce);
    await buildSampleIncidents(driver, calendar);
    await buildSampleTasks(driver, calendar);
    return await summarizeSample(driver, SAMPLE_PROFILE.name, options.year);
  } finally {
    driver.close();
  }
}
