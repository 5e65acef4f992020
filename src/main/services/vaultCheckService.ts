import type { Database } from "better-sqlite3-multiple-ciphers";
import type { VaultCheck } from "../../shared/model/vaultCheck";
import { appendAudit, verifyAuditChain, type Actor } from "../audit/auditLog";

export function checkVault(db: Database, actor: Actor): VaultCheck {
  const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  const databaseProblems = integrity.map((row) => row.integrity_check).filter((line) => line !== "ok");
  // Verify before appending, so the check's own entry does not hide a broken end of the chain.
  const audit = verifyAuditChain(db);
  const result: VaultCheck = { databaseProblems, audit, checkedAt: new Date().toISOString() };
  if (audit.intact) {
    appendAudit(db, actor, {
      action: "vault.checked",
      summary: databaseProblems.length === 0 ? "Checked the vault: database and audit log intact" : "Checked the vault: the database has problems",
      changes: { databaseProblems: databaseProblems.length, auditEntries: audit.checked },
    });
  }
  return result;
}
