import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { runCli } from "../../support/runCli";
import { makeTempDir } from "../../support/tempVault";

const PASSWORD = "look around smile dental";
const temp = makeTempDir("safeguard-demo-");
const vault = join(temp.path, "sample");
const THIS_YEAR = Number(calendarDateInZone(new Date(), "America/Chicago").slice(0, 4));
let made: Awaited<ReturnType<typeof runCli>>;

// The CLI makes a real vault with the real key derivation, so this takes a while on a busy machine.
beforeAll(async () => {
  made = await runCli(["demo", "--vault", vault, "--user", "sample", "--password-stdin"], `${PASSWORD}\n`);
}, 300_000);
afterAll(() => temp.remove());

describe("npm run cli -- demo", () => {
  it("makes the sample practice, says it is sample data, and sums up what it holds", () => {
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Made the sample practice "Smile Dental (sample)" in ${vault}, with Administrator "sample".`);
    expect(made.stdout).toContain("SAMPLE DATA");
    expect(made.stdout).toContain(`Last year (${THIS_YEAR - 1}): assessment finalized; risk analysis finalized`);
    expect(made.stdout).toContain(`This year (${THIS_YEAR}): assessment in progress; risk analysis in progress`);
    expect(made.stdout).toMatch(/Workforce: 9 people \(and 1 who left\), 3 app accounts/);
    expect(made.stdout).toMatch(/Vendors: 6 vendors, 3 BAA warnings/);
    expect(made.stdout).toMatch(/Incidents: 3 incidents, 1 notice deadline still open/);
  });

  it("makes a vault that doctor reports healthy", async () => {
    const result = await runCli(["doctor", "--vault", vault, "--user", "sample", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Database: intact/);
    expect(result.stdout).toMatch(/Audit log: all \d+ entries intact/);
    expect(result.stdout).toContain("Everything checked out.");
  }, 120_000);

  it("refuses a folder that already holds a vault, and leaves it as it is", async () => {
    const before = readdirSync(vault).sort();
    const again = await runCli(["demo", "--vault", vault, "--user", "other", "--password-stdin"], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a vault, and it was left as it is/);
    expect(readdirSync(vault).sort()).toEqual(before);
  });

  it("refuses a folder with other files in it", async () => {
    const folder = join(temp.path, "papers");
    mkdirSync(folder);
    writeFileSync(join(folder, "notes.txt"), "real notes");
    const result = await runCli(["demo", "--vault", folder, "--user", "sample", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not empty/);
    expect(readdirSync(folder)).toEqual(["notes.txt"]);
  });

  it("explains a bad year or password, and leaves nothing half made", async () => {
    const future = await runCli(["demo", "--vault", join(temp.path, "future"), "--user", "sample", "--password-stdin", "--year", String(THIS_YEAR + 1)], `${PASSWORD}\n`);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/--year can't be after this year/);
    const folder = join(temp.path, "short");
    const short = await runCli(["demo", "--vault", folder, "--user", "sample", "--password-stdin"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password needs at least 10 characters/);
    expect(readdirSync(temp.path)).not.toContain("short");
    expect((await runCli(["demo", "--vault", folder])).code).toBe(2);
  });
});
