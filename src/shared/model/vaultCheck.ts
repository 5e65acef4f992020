import type { AuditVerification } from "./audit";

/** What `doctor` and the Settings screen's vault check found. */
export interface VaultCheck {
  /** SQLite's own integrity check: "ok", or the problems it lists. */
  databaseProblems: string[];
  audit: AuditVerification;
  checkedAt: string;
}
