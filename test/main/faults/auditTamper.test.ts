import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { createAppCore } from "../../../src/main/core/appCore";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { runCli } from "../../support/runCli";
import { makeTempDir } from "../../support/tempVault";

/**
 * Someone with the key and a SQLite shell edits the audit log outside the app, around its
 * append-only triggers. `doctor` (a real process) names the first broken entry and exits 1; the
 * app's own channels (the Audit log screen's check and Settings' vault check) report the same.
 */
const PASSWORD = "correct horse battery";
const temp = makeTempDir("safeguard-tamper-");
const pristine = join(temp.path, "pristine");

beforeAll(async () => {
  const init = await runCli(["init", "--vault", pristine, "--practice", "Smile Dental", "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
  expect(init.code).toBe(0);
  // A few more entries: each doctor run signs in and out, and checks.
  for (let i = 0; i < 2; i++) expect((await runCli(["doctor", "--vault", pristine, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`)).code).toBe(0);
}, 180_000);
afterAll(() => temp.remove());

async function tampered(name: string, sql: string): Promise<string> {
  const folder = join(temp.path, name);
  cpSync(pristine, folder, { recursive: true });
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(folder, findUserSlot(state.slots, "maria"), PASSWORD);
  vault.db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
  vault.db.exec(sql);
  closeVault(vault);
  return folder;
}

describe("the audit log changed outside the app", { timeout: 180_000 }, () => {
  it.each([
    ["an entry's summary changed", "UPDATE audit_log SET summary = 'Nothing happened' WHERE seq = 3", /BROKEN at entry 3\. Entry 3 was changed after it was written\./],
    ["an entry's recorded changes edited", "UPDATE audit_log SET changes = '{}' WHERE seq = (SELECT max(seq) FROM audit_log WHERE changes IS NOT NULL)", /BROKEN at entry \d+\. Entry \d+ was changed/],
    ["an entry in the middle deleted", "DELETE FROM audit_log WHERE seq = 4", /BROKEN at entry 4\. Entry 4 is missing/],
    // (doctor's own sign-in appends an entry after the gap, so the gap shows as a jump.)
    ["the last entries deleted", "DELETE FROM audit_log WHERE seq > 5", /BROKEN at entry 6\. Entr(y|ies) 6 .*missing/],
    ["every entry and the recorded end deleted", "DELETE FROM audit_log; DELETE FROM meta WHERE key = 'audit_head'", /BROKEN at entry 1\. Entry 1 is not the setting up of the vault/],
  ])("doctor and the app both find it: %s", async (name, sql, expected) => {
    const folder = await tampered(name.replace(/\W+/g, "-"), sql);
    const doctor = await runCli(["doctor", "--vault", folder, "--user", "maria", "--password-stdin"], `${PASSWORD}\n`);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(expected);
    expect(doctor.stdout).toMatch(/Problems were found/);

    const core = createAppCore({ vaultDir: folder });
    try {
      expect(await core.dispatch("session.unlock", { username: "maria", password: PASSWORD })).toMatchObject({ ok: true });
      const verify = await core.dispatch("audit.verify", {});
      expect(verify).toMatchObject({ ok: true, value: { intact: false } });
      const check = await core.dispatch("vault.check", {});
      expect(check).toMatchObject({ ok: true, value: { databaseProblems: [], audit: { intact: false } } });
      if (verify.ok && !(verify.value as { intact: boolean }).intact) expect(`BROKEN at entry ${(verify.value as { firstBrokenSeq: number }).firstBrokenSeq}. ${(verify.value as { problem: string }).problem}`).toMatch(expected);
    } finally {
      core.close();
    }
  });
});
