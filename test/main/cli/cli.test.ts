import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAppCore } from "../../../src/main/core/appCore";
import { closeVault, findUserSlot, inspectVaultFolder, openVault, type OpenVault } from "../../../src/main/vault/vault";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
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

/** A copy of the test vault, for a test that changes it. */
function copyOfVault(name: string): string {
  const folder = join(temp.path, name);
  cpSync(vault, folder, { recursive: true });
  return folder;
}

/** Opens a vault's database with maria's key, as someone with a SQLite shell and the key could. */
async function withRawDatabase<T>(folder: string, work: (opened: OpenVault) => T): Promise<T> {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error("no vault");
  const opened = await openVault(folder, findUserSlot(state.slots, "maria"), PASSWORD);
  try {
    return work(opened);
  } finally {
    closeVault(opened);
  }
}

const auditActions = (folder: string) =>
  withRawDatabase(folder, ({ db }) => db.prepare("SELECT action FROM audit_log ORDER BY seq").pluck().all() as string[]);

const fileDigest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

const doctorAsMaria = (folder: string) => runCli(["doctor", "--vault", folder, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);

describe("npm run cli", () => {
  it("init creates the vault and prints the recovery key once", () => {
    expect(initOutput).toContain('Created the vault for "Smile Dental"');
    expect(initOutput).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/m);
    expect(initOutput).toMatch(/nobody can open the vault/);
  });

  it("the recovery key init printed opens the vault, and sets a new password", async () => {
    const recoveryKey = /^(?:[0-9A-Z]{4}-){12}[0-9A-Z]{4}$/m.exec(initOutput)?.[0];
    expect(recoveryKey).toBeDefined();
    const folder = copyOfVault("recovered");
    const newPassword = "a brand new passphrase";
    const recovering = createAppCore({ vaultDir: folder });
    try {
      const wrongKey = await recovering.dispatch("session.recover", { recoveryKey: recoveryKey!.replace(/^..../, "ZZZZ"), username: "maria", newPassword });
      expect(wrongKey).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS" } });
      expect(await recovering.dispatch("session.recover", { recoveryKey, username: "maria", newPassword })).toMatchObject({
        ok: true,
        value: { user: { username: "maria" }, practiceName: "Smile Dental" },
      });
    } finally {
      recovering.close();
    }
    const doctor = await runCli(["doctor", "--vault", folder, "--user", "maria", "--password-stdin"], `${newPassword}\n`);
    expect(doctor.code).toBe(0);
    expect((await doctorAsMaria(folder)).stderr.trim()).toBe("The username or password is not right.");
  }, 60_000);

  it("init with nothing on standard input exits 2 and makes no vault", async () => {
    const folder = join(temp.path, "never-made");
    const result = await runCli(["init", "--vault", folder, "--practice", "Smile Dental", "--user", "maria", "--password-stdin"], "");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^No password arrived on standard input\.\nUsage: npm run cli -- init /);
    expect(existsSync(folder)).toBe(false);
  });

  it.each([
    ["nothing at all", ""],
    ["an empty line", "\n"],
  ])("doctor with %s on standard input exits 2 with a plain message", async (_, stdin) => {
    const result = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], stdin);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^No password arrived on standard input\.\nUsage: npm run cli -- doctor /);
  });

  it("init refuses to overwrite an existing vault", async () => {
    const again = await runCli(["init", "--vault", vault, "--practice", "Other", "--user", "bob", "--password-stdin"], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a vault/);
  });

  it("doctor reports an intact vault with exit code 0, and records its sign-in, check and lock", async () => {
    const before = await auditActions(vault);
    const result = await doctorAsMaria(vault);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Database: intact/);
    expect(result.stdout).toMatch(/Audit log: all \d+ entries intact/);
    expect(await auditActions(vault)).toEqual([...before, "session.unlocked", "vault.checked", "session.locked"]);
  }, 30_000);

  it("doctor finds a damaged index, says so plainly, and writes nothing into the vault", async () => {
    const folder = copyOfVault("damaged-index");
    // The index's stored definition no longer matches its rows: SQLite's integrity check sees every row missing from it.
    await withRawDatabase(folder, ({ db }) => {
      db.unsafeMode(true);
      db.pragma("writable_schema = ON");
      db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX audit_log_by_action ON audit_log (summary)' WHERE name = 'audit_log_by_action'").run();
      db.pragma("writable_schema = OFF");
    });
    const entriesBefore = (await auditActions(folder)).length;
    const databaseBefore = fileDigest(vaultPaths(folder).database);

    const result = await doctorAsMaria(folder);

    expect(fileDigest(vaultPaths(folder).database)).toBe(databaseBefore);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Database: \d+ problem\(s\) found:\n {2}row \d+ missing from index audit_log_by_action$/m);
    expect(result.stdout).toMatch(/Audit log: all \d+ entries intact/);
    expect(result.stdout).toMatch(/the database is damaged\. This check wrote nothing to the vault/);
    expect(result.stdout).toMatch(/restore the most recent backup/);
    expect((await auditActions(folder)).length).toBe(entriesBefore);
  }, 30_000);

  it("doctor fails with a plain message on a wrong password", async () => {
    const result = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], "wrong password here\n");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("The username or password is not right.");
  });

  it.each([
    [["doctor", "--vault", "x"], "--user is required"],
    [["doctor", "--vault", "x", "--user", "m", "--password", "secret"], "Unknown option '--password'"],
    [["frobnicate"], "Unknown command"],
    [[], "Name a command."],
  ])("exits 2 with the message and usage on stderr, nothing on stdout, for %j", async (args, message) => {
    const result = await runCli(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: npm run cli");
  });

  it("prints usage on stdout with exit 0 when asked for help", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run cli -- <command>/);
    expect(result.stderr).toBe("");
  });

  it.each([
    ["a command name", ["hunter2pass"]],
    ["doctor", ["doctor", "--vault", "x", "--user", "maria", "--password-stdin", "hunter2pass"]],
    ["init", ["init", "--vault", "x", "--practice", "P", "--user", "maria", "hunter2pass"]],
    ["backup", ["backup", "--vault", "x", "hunter2pass"]],
    ["demo", ["demo", "hunter2pass"]],
    ["risk", ["risk", "--", "hunter2pass"]],
    ["catalog", ["catalog", "hunter2pass"]],
  ])("a stray argument given to %s is refused without being repeated back", async (_, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^(Unexpected argument|Unknown command)/);
    expect(result.stderr).toMatch(/not repeated here, in case it was a password/);
    expect(result.stdout + result.stderr).not.toContain("hunter2");
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
    await withRawDatabase(vault, ({ db }) => {
      db.exec("DROP TRIGGER audit_log_no_update");
      db.prepare("UPDATE audit_log SET summary = 'nothing to see' WHERE seq = 2").run();
    });
    const result = await doctorAsMaria(vault);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Audit log: BROKEN at entry 2\. Entry 2 was changed after it was written\./);
  });
});
