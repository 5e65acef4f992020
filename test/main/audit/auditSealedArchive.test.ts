import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countAuditEntries, iterateAudit, verifyAuditChain } from "../../../src/main/audit/auditLog";
import { SEGMENT_ENTRIES } from "../../../src/main/audit/auditSegment";
import { makeTempDir } from "../../support/tempVault";
import { ADMIN, perTestCleanup } from "../../support/testCore";
import { appendVaried, withAdminVault } from "./auditSealKit";

const { newCore, afterThisTest } = perTestCleanup();

const PASSPHRASE = "moving day for the practice";
const credential = { kind: "password" as const, username: ADMIN.username, password: ADMIN.password };

describe("a sealed audit log in an export", () => {
  it("comes back byte for byte on import, and the import's own entry seals the next segment and still verifies", { timeout: 180_000 }, async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    // Grow the log so that the export holds one sealed segment and one entry short of sealing the
    // next: the import's own entry is the one that crosses the line.
    await withAdminVault(c.folder, (db) => appendVaried(db, 3 * SEGMENT_ENTRIES - 1 - countAuditEntries(db) - 1));
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    const folder = makeTempDir("safeguard-sealed-archive-");
    afterThisTest(folder.remove);
    const file = join(folder.path, "practice.sgexport");
    await c.must("archive.export", { file, password: ADMIN.password, passphrase: PASSPHRASE });
    await c.must("session.lock", { reason: "user" });
    const source = await withAdminVault(c.folder, (db) => ({
      sealed: db.prepare("SELECT * FROM audit_sealed ORDER BY first_seq").all() as Record<string, unknown>[],
      entries: [...iterateAudit(db, {})],
      verify: verifyAuditChain(db),
    }));
    expect(source.verify.intact).toBe(true);

    const target = newCore();
    const imported = await target.must("archive.import", { file, passphrase: PASSPHRASE, credential });
    // The export held one sealed segment; the second in the source was sealed by the entries after it.
    expect(imported.tables.find((table) => table.table === "audit_sealed")?.rows).toBe(1);
    expect(source.sealed).toHaveLength(2);
    const copy = await withAdminVault(target.folder, (db) => ({
      sealed: db.prepare("SELECT * FROM audit_sealed ORDER BY first_seq").all() as Record<string, unknown>[],
      entries: [...iterateAudit(db, {})],
      verify: verifyAuditChain(db),
    }));
    // The export's own entry and the lock after it came after the export was made.
    const exported = source.entries.slice(0, -2);
    expect(exported).toHaveLength(3 * SEGMENT_ENTRIES - 1);
    expect(copy.entries.slice(0, -1)).toEqual(exported);
    expect(copy.entries.at(-1)).toMatchObject({ seq: 3 * SEGMENT_ENTRIES, action: "vault.imported" });
    expect(copy.verify).toEqual({ intact: true, checked: 3 * SEGMENT_ENTRIES });
    // The segment exported, byte for byte (its text and digests are BLOBs), and the one the import
    // sealed, the same as the source sealed from the same entries.
    expect(copy.sealed.map((segment) => [segment.first_seq, segment.last_seq])).toEqual([
      [1, SEGMENT_ENTRIES],
      [SEGMENT_ENTRIES + 1, 2 * SEGMENT_ENTRIES],
    ]);
    expect(copy.sealed).toEqual(source.sealed);

    // The app's own check and the Audit log screen, on the imported vault.
    await target.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await target.must("audit.verify", {})).toMatchObject({ intact: true });
    const page = await target.must("audit.list", { filter: {}, offset: 0, limit: 5 });
    expect(page.total).toBe(3 * SEGMENT_ENTRIES + 1);
    expect(page.entries[1]).toMatchObject({ seq: 3 * SEGMENT_ENTRIES, action: "vault.imported" });
    const oldest = await target.must("audit.list", { filter: {}, offset: page.total - 2, limit: 5 });
    expect(oldest.entries).toEqual(exported.slice(0, 2).reverse());
  });
});
