import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoGrowth } from "../../../src/main/cli/demoYears";
import { UsageError } from "../../../src/main/cli/cliIo";
import { runCli } from "../../support/runCli";
import { makeTempDir } from "../../support/tempVault";

const temp = makeTempDir("safeguard-demo-years-");
afterAll(() => temp.remove());

describe("demo --years", () => {
  it("one year is the plain sample; 2 to 30 grow it; anything else is a usage error", () => {
    expect(demoGrowth(undefined)).toBeNull();
    expect(demoGrowth("1")).toBeNull();
    expect(typeof demoGrowth("10")).toBe("function");
    for (const bad of ["0", "31", "ten", "2.5", "-3"]) expect(() => demoGrowth(bad)).toThrow(UsageError);
  });

  it("refuses a mistyped number before making anything, with the usage and exit code 2", async () => {
    const folder = join(temp.path, "demo");
    const result = await runCli(["demo", "--vault", folder, "--user", "dana", "--password-stdin", "--years", "eleven"], "sample practice password\n");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--years needs a number of years from 1 to 30/);
    expect(result.stderr).toMatch(/\[--years N\]/);
    expect(existsSync(folder)).toBe(false);
  });
});
