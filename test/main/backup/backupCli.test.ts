import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/runCli";
import { makeTempDir } from "../../support/tempVault";

const PASSWORD = "correct horse battery";
const PASSPHRASE = "a passphrase for the move";
const temp = makeTempDir("safeguard-backup-cli-");
const vault = join(temp.path, "vault");
const backups = join(temp.path, "usb");
let recoveryKey = "";

beforeAll(async () => {
  mkdirSync(backups);
  const result = await runCli(["init", "--vault", vault, "--practice", "Smile Dental", "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
  expect(result.code).toBe(0);
  recoveryKey = /^(([0-9A-Z]{4}-){12}[0-9A-Z]{4})$/m.exec(result.stdout)![1]!;
}, 120_000);
afterAll(() => temp.remove());

// Each command is a real process (tsx start-up, a real KDF): slow on a busy two-core machine.
describe("npm run cli -- backup, restore, export, import", { timeout: 180_000 }, () => {
  it("backup writes a checked backup file to the folder", async () => {
    const result = await runCli(["backup", "--vault", vault, "--to", backups, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Backed up the vault to .*safeguard-backup-.*-manual\.sgbackup .*checked that the backup opens and is intact/);
    expect(readdirSync(backups).filter((name) => name.endsWith(".sgbackup"))).toHaveLength(1);
  });

  it("restore shows what the backup holds, restores it, and keeps the old vault aside", async () => {
    const [file] = readdirSync(backups).filter((name) => name.endsWith(".sgbackup"));
    const result = await runCli(["restore", "--from", join(backups, file!), "--vault", vault, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/The backup of "Smile Dental" made .* holds \d+ records:/);
    expect(result.stdout).toMatch(/\d+ {2}user accounts/);
    expect(result.stdout).toMatch(/kept, unchanged, in .*set-aside-/);
    const doctor = await runCli(["doctor", "--vault", vault, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(doctor.code).toBe(0);
  });

  it("restore works with the recovery key, and refuses a wrong password with exit code 1", async () => {
    const [file] = readdirSync(backups).filter((name) => name.endsWith(".sgbackup"));
    const wrong = await runCli(["restore", "--from", join(backups, file!), "--vault", vault, "--user", "maria", "--password-stdin"], "wrong password\n");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/does not open this backup/);
    const byKey = await runCli(["restore", "--from", join(backups, file!), "--vault", vault, "--recovery-key-stdin"], `${recoveryKey}\n`);
    expect(byKey.stderr).toBe("");
    expect(byKey.code).toBe(0);
  });

  it("export and import move every record to an empty folder, where the same password signs in", async () => {
    const archive = join(backups, "move.sgexport");
    const exported = await runCli(["export", "--vault", vault, "--out", archive, "--user", "maria", "--password-stdin"], `${PASSWORD}\n${PASSPHRASE}\n`);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ records to .*move\.sgexport/);
    const again = await runCli(["export", "--vault", vault, "--out", archive, "--user", "maria", "--password-stdin"], `${PASSWORD}\n${PASSPHRASE}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const newComputer = join(temp.path, "new-computer");
    const imported = await runCli(["import", "--from", archive, "--vault", newComputer, "--user", "maria", "--password-stdin"], `${PASSWORD}\n${PASSPHRASE}\n`);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported \d+ records of "Smile Dental"/);
    const doctor = await runCli(["doctor", "--vault", newComputer, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/Audit log: all \d+ entries intact/);

    const intoExisting = await runCli(["import", "--from", archive, "--vault", newComputer, "--recovery-key-stdin"], `${recoveryKey}\n${PASSPHRASE}\n`);
    expect(intoExisting.code).toBe(1);
    expect(intoExisting.stderr).toMatch(/only be imported where there is no vault yet/);
  });

  it.each([
    [["backup", "--vault", vault, "--user", "maria", "--password-stdin"], "--to is required"],
    [["restore", "--vault", vault, "--user", "maria", "--password-stdin"], "--from is required"],
    [["restore", "--from", "x", "--vault", vault, "--user", "maria", "--password-stdin", "--recovery-key-stdin"], "not both"],
    [["export", "--vault", vault, "--out", "x", "--user", "maria", "--password-stdin", "--passphrase", "p"], "Unknown option '--passphrase'"],
    [["import", "--from", "x", "--vault", vault, "--user", "maria", "--password-stdin"], "then the archive's passphrase"],
  ])("exits 2 with usage for %j", async (args, message) => {
    const result = await runCli(args as string[], `${PASSWORD}\n`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(vault, "keyslots.json"))).toBe(true);
  });
});
