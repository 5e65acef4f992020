import { existsSync, rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { SAMPLE_PRACTICE_NAME, SAMPLE_SIGN_IN } from "../../../src/shared/model/samplePractice";
import { sampleFolderFor } from "../../../src/main/sample/sampleVisit";
import { ADMIN, PRACTICE, testCore } from "../../support/testCore";

const cores: ReturnType<typeof testCore>[] = [];
afterEach(() =>
  cores.splice(0).forEach((c) => {
    c.dispose();
    rmSync(sampleFolderFor(c.folder), { recursive: true, force: true });
  }),
);

describe("visiting the sample practice", () => {
  it("locks the practice's vault, opens the sample in its own folder, and comes back to the practice locked", async () => {
    const c = testCore();
    cores.push(c);
    await c.setUp();
    const sample = await c.must("sample.open", {});
    expect(sample).toMatchObject({ samplePractice: true, practiceName: SAMPLE_PRACTICE_NAME, user: { role: "administrator" } });
    expect(existsSync(sampleFolderFor(c.folder))).toBe(true);
    // What the practice's own Administrator can see is the sample's, not the practice's.
    expect((await c.must("practice.get", {})).name).toBe(SAMPLE_PRACTICE_NAME);
    expect((await c.must("assessment.list", {})).length).toBeGreaterThanOrEqual(2);

    const back = await c.must("sample.leave", {});
    expect(back).toMatchObject({ state: "locked", folder: c.folder });
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await c.must("session.current", {})).toMatchObject({ samplePractice: false, practiceName: PRACTICE.name });
    expect(await c.must("assessment.list", {})).toEqual([]);
  }, 120_000);

  it("opens the sample made earlier without making it again, and works before the practice is set up", async () => {
    const c = testCore();
    cores.push(c);
    await c.must("sample.open", {});
    const made = (await c.must("audit.list", { filter: {}, offset: 0, limit: 1 })).total;
    expect(await c.must("sample.leave", {})).toMatchObject({ state: "no-vault" });
    await c.must("sample.open", {});
    // Only the sign-ins and the locks were added: the same vault, not a new one.
    expect((await c.must("audit.list", { filter: {}, offset: 0, limit: 1 })).total).toBeLessThan(made + 5);
    expect(await c.call("sample.leave", { extra: true } as never)).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  }, 120_000);
});

describe("the sample practice and the practice's own vault", () => {
  it("refuses to restore or import while the sample is open, so only the practice's own files are ever replaced", async () => {
    const c = testCore();
    cores.push(c);
    await c.must("sample.open", {});
    const credential = { kind: "password" as const, username: SAMPLE_SIGN_IN.username, password: SAMPLE_SIGN_IN.password };
    const restore = await c.call("backup.restore", { file: `${c.folder}-elsewhere/x.sgbackup`, credential, backupId: "00000000-0000-4000-8000-000000000001" });
    expect(restore).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/The sample practice is open/) } });
  }, 120_000);
});
