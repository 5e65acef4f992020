import type { Database } from "better-sqlite3-multiple-ciphers";
import type { VaultCheck } from "../../shared/model/vaultCheck";
import { appendAudit, verifyAuditChain, type Actor } from "../audit/auditLog";

/** SQLite's own integrity check, as the lines it reports; empty when the database is sound. */
export function databaseProblems(db: Database): string[] {
  const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  return integrity.map((row) => row.integrity_check).filter((line) => line !== "ok");
}

/** Looks at the database and the audit chain without writing anything to the vault. */
export function inspectVault(db: Database, problems: string[] = databaseProblems(db)): VaultCheck {
  return { databaseProblems: problems, audit: verifyAuditChain(db), checkedAt: new Date().toISOString() };
}

/**
 * Inspects the vault, then records the check in the audit log, but only when there is nothing
 * wrong: writing into a damaged database can spread the damage, and appending after a broken
 * chain would hide where it broke.
 */
export function checkVault(db: Database, actor: Actor): VaultCheck {
  const result = inspectVault(db);
  if (result.databaseProblems.length === 0 && result.audit.intact) {
    appendAudit(db, actor, {
      action: "vault.checked",
      summary: "Checked the vault: database and audit log intact",
      changes: { databaseProblems: 0, auditEntries: result.audit.checked },
    });
  }
  return result;
}
