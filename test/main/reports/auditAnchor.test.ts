import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ANCHOR_PDF_KEY, currentAuditAnchor, storedEntryHash } from "../../../src/main/audit/auditAnchor";
import { entryHash } from "../../../src/main/audit/auditChain";
import { iterateChainedEntries } from "../../../src/main/audit/auditLog";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import type { ExportedReport, PdfVerification } from "../../../src/shared/model/reports";
import { runCli } from "../../support/runCli";
import { ADMIN } from "../../support/testCore";
import { appendEntries, disposeVaults, ordinaryEntries, poppler, practiceVault } from "./reportTestKit";

/**
 * Anyone who can sign in can unwrap the vault's key, so the hash chain alone cannot stop them from
 * rewriting entries and every hash after them. A signed report records the log's last entry and its
 * hash; checking that report against the log later shows such a rewrite.
 */
type Vault = Awaited<ReturnType<typeof practiceVault>>;

afterAll(disposeVaults);

async function signReport(c: Vault): Promise<ExportedReport> {
  return c.must("reports.export", { kind: "audit-log", period: {}, sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
}

/** What an insider with the key and a SQLite shell could do, with the app locked meanwhile. */
async function outsideTheApp(c: Vault, change: (db: Database) => void): Promise<void> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  try {
    vault.db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    change(vault.db);
  } finally {
    closeVault(vault);
  }
  await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
}

/** Rewrites entry `seq`'s summary and recomputes the hash of it and of every entry after it, and the recorded head. */
function rewriteFrom(db: Database, seq: number, summary: string): void {
  const entries = [...iterateChainedEntries(db)];
  const update = db.prepare("UPDATE audit_log SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?");
  let prevHash = entries.find((entry) => entry.seq === seq - 1)!.hash;
  for (const entry of entries.filter((candidate) => candidate.seq >= seq)) {
    const fields = { ...entry, prevHash, summary: entry.seq === seq ? summary : entry.summary };
    const hash = entryHash(fields);
    update.run(fields.summary, prevHash, hash, entry.seq);
    prevHash = hash;
  }
  db.prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'").run(`${entries.at(-1)!.seq}:${prevHash}`);
}

describe("a signed report anchors the audit log", { timeout: 120_000 }, () => {
  let c: Vault;
  let signed: ExportedReport;
  let anchorSeq: number;

  beforeAll(async () => {
    c = await practiceVault();
    signed = await signReport(c);
    const verification = await c.must("reports.verify", { pdfBase64: signed.pdfBase64 });
    anchorSeq = verification.auditLog!.recorded.seq;
  });

  it("records the log's last entry before the signing in the sign-off and in the document information", async () => {
    const { entries } = await c.must("audit.list", { filter: { action: "report.signed" }, offset: 0, limit: 10 });
    // The report's own entry comes right after the one it records.
    expect(entries.map((entry) => entry.seq)).toEqual([anchorSeq + 1]);
    const file = join(c.folder, signed.fileName);
    writeFileSync(file, Buffer.from(signed.pdfBase64, "base64"));
    const text = poppler("pdftotext", ["-layout", file, "-"]).output;
    expect(text).toContain("Audit log at signing");
    expect(text).toContain(`Entry ${anchorSeq.toLocaleString("en-US")}, SHA-256`);
    expect(poppler("pdfinfo", ["-custom", file]).output).toMatch(new RegExp(`${AUDIT_ANCHOR_PDF_KEY}:\\s*${anchorSeq}:[0-9a-f]{64}`));
  });

  it("matches while the log only grows", async () => {
    await appendEntries(c, ordinaryEntries(5));
    const verification = await c.must("reports.verify", { pdfBase64: signed.pdfBase64 });
    expect(verification.auditLog).toMatchObject({ recorded: { seq: anchorSeq }, check: { outcome: "matches", problem: null } });
    expect(verification.details.join("\n")).toContain(`entries 1 to ${anchorSeq} are exactly as they were when it was signed`);
  });

  it("shows a rewrite that the chain check alone cannot", async () => {
    await outsideTheApp(c, (db) => rewriteFrom(db, 3, "Nothing to see here"));
    // The rewritten chain is consistent in itself...
    expect(await c.must("audit.verify", {})).toMatchObject({ intact: true });
    // ...but not with what the signed report recorded.
    const verification: PdfVerification = await c.must("reports.verify", { pdfBase64: signed.pdfBase64 });
    expect(verification.verdict).toBe("valid");
    expect(verification.auditLog?.check?.outcome).toBe("changed");
    expect(verification.details.join("\n")).toMatch(/WARNING: the practice's audit log no longer matches this report/);
  });
});

describe("entries removed after a report was signed", { timeout: 120_000 }, () => {
  it("are named as removed, and the command line's check fails", async () => {
    const c = await practiceVault();
    await appendEntries(c, ordinaryEntries(20));
    const signed = await signReport(c);
    const anchorSeq = (await c.must("reports.verify", { pdfBase64: signed.pdfBase64 })).auditLog!.recorded.seq;
    // Far enough back that the entries each later sign-in appends do not reach the anchor again.
    await outsideTheApp(c, (db) => {
      db.prepare("DELETE FROM audit_log WHERE seq >= ?").run(anchorSeq - 15);
      const last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as { seq: number; hash: string };
      db.prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'").run(`${last.seq}:${last.hash}`);
    });
    const verification = await c.must("reports.verify", { pdfBase64: signed.pdfBase64 });
    expect(verification.auditLog?.check?.outcome).toBe("missing");

    const file = join(c.folder, "returned.pdf");
    writeFileSync(file, Buffer.from(signed.pdfBase64, "base64"));
    await c.must("session.lock", { reason: "user" });
    const cli = await runCli(["verify", file, "--vault", c.folder, "--user", ADMIN.username, "--password-stdin"], `${ADMIN.password}\n`);
    expect(cli.stdout).toMatch(/^VALID: /m);
    expect(cli.stdout).toContain("WARNING: the practice's audit log no longer reaches entry");
    expect(cli.code).toBe(1);
    // Without the vault the file alone is checked, and the anchor is only reported.
    const alone = await runCli(["verify", file], "");
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(`records the practice's audit log as it was when signed (up to entry ${anchorSeq})`);
  });
});

describe("the stored hash of an entry", { timeout: 180_000 }, () => {
  it("is the chain's own, from a sealed segment as from the live table", async () => {
    const c = await practiceVault();
    // Enough entries that the oldest are sealed into a compressed segment.
    await appendEntries(c, ordinaryEntries(8_300));
    await c.must("session.lock", { reason: "user" });
    const state = inspectVaultFolder(c.folder);
    if (state.state !== "present") throw new Error("no vault");
    const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
    try {
      const sealed = vault.db.prepare("SELECT count(*) FROM audit_sealed").pluck().get() as number;
      expect(sealed).toBeGreaterThan(0);
      const entries = [...iterateChainedEntries(vault.db)];
      for (const entry of entries.filter((_, index) => index % 97 === 0 || index === entries.length - 1)) {
        expect(storedEntryHash(vault.db, entry.seq)).toBe(entry.hash);
      }
      expect(storedEntryHash(vault.db, entries.length + 1)).toBeNull();
      expect(storedEntryHash(vault.db, 0)).toBeNull();
      expect(currentAuditAnchor(vault.db)).toEqual({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
    } finally {
      closeVault(vault);
    }
  });
});
