import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { runCli } from "../../support/runCli";
import { makeTempDir } from "../../support/tempVault";

const PASSWORD = "correct horse battery";
const temp = makeTempDir("safeguard-cli-");
const vault = `${temp.path}/vault`;
let initOutput = "";

beforeAll(async () => {
  const result = await runCli(["init", "--vault", vault, "--practice", "Smile Dental", "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  initOutput = result.stdout;
}, 60_000);
afterAll(() => temp.remove());

describe("npm run cli", () => {
  it("init creates the vault and prints the recovery key once", () => {
    expect(initOutput).toContain('Created the vault for "Smile Dental"');
    expect(initOutput).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/m);
    expect(initOutput).toMatch(/nobody can open the vault/);
  });

  it("init refuses to overwrite an existing vault", async () => {
    const again = await runCli(["init", "--vault", vault, "--practice", "Other", "--user", "bob", "--password-stdin"], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a vault/);
  });

  it("doctor reports an intact vault with exit code 0", async () => {
    const result = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Database: intact/);
    expect(result.stdout).toMatch(/Audit log: all \d+ entries intact/);
  });

  it("doctor fails with a plain message on a wrong password", async () => {
    const result = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], "wrong password here\n");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("The username or password is not right.");
  });

  it.each([
    [["doctor", "--vault", "x"], "--user is required"],
    [["doctor", "--vault", "x", "--user", "m", "--password", "secret"], "Unknown option '--password'"],
    [["frobnicate"], 'Unknown command "frobnicate"'],
    [[], "Usage: npm run cli"],
  ])("exits 2 with usage for %j", async (args, message) => {
    const result = await runCli(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toContain(message);
  });

  it("catalog prints every Security Rule requirement as JSON", async () => {
    const result = await runCli(["catalog", "--format", "json"]);
    expect(result.code).toBe(0);
    const requirements = JSON.parse(result.stdout) as { cfr: string; status: string; specification: string | null; questions: { id: string; options: unknown[] }[] }[];
    expect(requirements.find((r) => r.cfr === "164.308(a)(1)(ii)(A)")).toMatchObject({ specification: "Risk analysis", status: "required" });
    expect(requirements.find((r) => r.cfr === "164.312(a)(2)(iv)")).toMatchObject({ status: "addressable" });
    expect(requirements.find((r) => r.cfr === "164.308(a)(1)(i)")).toMatchObject({ specification: null, status: "standard" });
    expect(requirements.flatMap((r) => r.questions).length).toBeGreaterThanOrEqual(125);
    expect((await runCli(["catalog", "--format", "xml"])).code).toBe(2);
  });

  it("breach-deadlines prints the four deadlines as JSON", async () => {
    const result = await runCli(["breach-deadlines", "--discovered", "2026-12-31", "--individuals", "900", "--residents", "TX=450", "--residents", "ok=450"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ individuals: "2027-03-01", hhs: "2027-03-01", media: null, coveredEntity: null });
    const associate = await runCli(["breach-deadlines", "--discovered", "2026-04-15", "--individuals", "3", "--business-associate"]);
    expect(JSON.parse(associate.stdout)).toEqual({ individuals: null, hhs: null, media: null, coveredEntity: "2026-06-14" });
    for (const bad of [["--discovered", "2026-02-30", "--individuals", "3"], ["--discovered", "2026-02-03", "--individuals", "many"], ["--discovered", "2026-02-03", "--individuals", "3", "--residents", "Texas"]]) {
      expect((await runCli(["breach-deadlines", ...bad])).code).toBe(2);
    }
  });

  it("doctor finds an audit entry changed outside the app and names it", async () => {
    const state = inspectVaultFolder(vault);
    if (state.state !== "present") throw new Error("no vault");
    const opened = await openVault(vault, findUserSlot(state.slots, "maria"), PASSWORD);
    opened.db.exec("DROP TRIGGER audit_log_no_update");
    opened.db.prepare("UPDATE audit_log SET summary = 'nothing to see' WHERE seq = 2").run();
    closeVault(opened);
    const result = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Audit log: BROKEN at entry 2\. Entry 2 was changed after it was written\./);
  });
});
