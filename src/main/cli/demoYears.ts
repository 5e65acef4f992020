import { UsageError } from "./cliIo";
import { MB, planForYears } from "../sample/tenYearPlan";
import { growPracticeHistory } from "../sample/tenYearPractice";

type Out = (line: string) => void;

/**
 * `demo --years N`: 1 (the default) is the plain sample practice; 2 to 30 grow it to that many years
 * of history once it is made (10 is the ten-year practice of the benchmarks: 60 people, a million
 * audit entries, 500 MB of files; it takes a minute or two). Checked before the sample is made, so a
 * mistyped number costs nothing. Answers the growth to run after the sample, or null for none.
 */
export function demoGrowth(given: string | undefined): ((folder: string, admin: { username: string; password: string }, out: Out) => Promise<void>) | null {
  if (given === undefined) return null;
  if (!/^\d{1,2}$/.test(given) || Number(given) < 1 || Number(given) > 30) throw new UsageError(`--years needs a number of years from 1 to 30 (got "${given}").`);
  const years = Number(given);
  if (years === 1) return null;
  const plan = planForYears(years);
  return async (folder, admin, out) => {
    out(`Growing it to ${years} years of history (the same records every time, from seed ${plan.seed}):`);
    const counts = await growPracticeHistory(folder, { ...admin, plan, onProgress: (part) => out(`  ${part}…`) });
    out(
      `  The vault now holds ${counts.assessments} yearly assessments and risk analyses (${counts.latestRisks} risks this year), ${counts.people} people (${counts.formerPeople} who left), ` +
        `${counts.vendors} vendors, ${counts.trainingRecords.toLocaleString("en-US")} training records, ${counts.incidents} incidents, ${counts.policyVersions} policy versions, ` +
        `${Math.round(counts.attachmentBytes / MB)} MB of files and ${counts.auditEntries.toLocaleString("en-US")} audit entries. What follows describes the sample's own last year and this year.`,
    );
  };
}
