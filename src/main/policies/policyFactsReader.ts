import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AssetKind } from "../../shared/risk/assetKinds";
import { policyFactsFrom, type InventoryItem, type PolicyFacts } from "../../shared/rules/policyFacts";

/**
 * The facts the policy templates are tailored by, read from the latest assessment (the most recent
 * year, finalized or still in progress; carried-over answers count) and the latest risk analysis's
 * active inventory. The reading is all here; deciding what the answers mean is the pure policyFactsFrom.
 */
export function readPolicyFacts(db: Database): PolicyFacts {
  const assessmentId = db.prepare("SELECT id FROM assessments ORDER BY year DESC LIMIT 1").pluck().get() as string | undefined;
  const answers: Record<string, string | null> = {};
  if (assessmentId) {
    const rows = db.prepare("SELECT question_id, value FROM assessment_answers WHERE assessment_id = ?").all(assessmentId) as { question_id: string; value: string | null }[];
    for (const row of rows) answers[row.question_id] = row.value;
  }
  const analysisId = db.prepare("SELECT id FROM risk_analyses ORDER BY year DESC LIMIT 1").pluck().get() as string | undefined;
  const inventory: InventoryItem[] = analysisId
    ? (
        db.prepare("SELECT kind, name, vendor_name FROM risk_assets WHERE analysis_id = ? AND retired_at IS NULL ORDER BY rowid").all(analysisId) as {
          kind: AssetKind;
          name: string;
          vendor_name: string;
        }[]
      ).map((row) => ({ kind: row.kind, name: row.name, vendorName: row.vendor_name }))
    : [];
  return policyFactsFrom(answers, inventory);
}
