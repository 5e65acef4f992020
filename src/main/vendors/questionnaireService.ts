import type { Database } from "better-sqlite3-multiple-ciphers";
import type { DiligenceAnswer, QuestionnaireInput, SubcontractorBaaAnswer, VendorQuestionnaire } from "../../shared/model/vendor";
import { appendAudit, type Actor } from "../audit/auditLog";
import { changedFields } from "../services/recordChanges";
import { nowIso, peopleLookup, requireVendorRow, userIdOf } from "./vendorRecords";

/**
 * A short due-diligence questionnaire per vendor: encryption, breach-notice terms, where the data is
 * kept, and the vendor's own subcontractors. It backs the "satisfactory assurances" of
 * 164.308(b)(1) and feeds the practice's risk analysis; the latest answers are kept, earlier ones
 * stay in the audit log.
 */

interface QuestionnaireRow {
  vendor_id: string;
  encryption_at_rest: DiligenceAnswer;
  encryption_in_transit: DiligenceAnswer;
  breach_notice_days: number | null;
  breach_notice_terms: string;
  data_location: string;
  uses_subcontractors: DiligenceAnswer;
  subcontractors: string;
  subcontractor_baas: SubcontractorBaaAnswer;
  notes: string;
  answered_by: string;
  answered_at: string;
}

function answersOf(row: QuestionnaireRow): QuestionnaireInput {
  return {
    encryptionAtRest: row.encryption_at_rest,
    encryptionInTransit: row.encryption_in_transit,
    breachNoticeDays: row.breach_notice_days,
    breachNoticeTerms: row.breach_notice_terms,
    dataLocation: row.data_location,
    usesSubcontractors: row.uses_subcontractors,
    subcontractors: row.subcontractors,
    subcontractorBaas: row.subcontractor_baas,
    notes: row.notes,
  };
}

export function readQuestionnaire(db: Database, vendorId: string): VendorQuestionnaire | null {
  const row = db.prepare("SELECT * FROM vendor_questionnaires WHERE vendor_id = ?").get(vendorId) as QuestionnaireRow | undefined;
  if (!row) return null;
  return { ...answersOf(row), answeredBy: peopleLookup(db)(row.answered_by), answeredAt: row.answered_at };
}

export function saveQuestionnaire(db: Database, actor: Actor, input: { vendorId: string; answers: QuestionnaireInput }): void {
  db.transaction(() => {
    const vendor = requireVendorRow(db, input.vendorId);
    const before = readQuestionnaire(db, vendor.id);
    const a = input.answers;
    db.prepare(
      `INSERT INTO vendor_questionnaires (vendor_id, encryption_at_rest, encryption_in_transit, breach_notice_days, breach_notice_terms, data_location,
         uses_subcontractors, subcontractors, subcontractor_baas, notes, answered_by, answered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (vendor_id) DO UPDATE SET encryption_at_rest = excluded.encryption_at_rest, encryption_in_transit = excluded.encryption_in_transit,
         breach_notice_days = excluded.breach_notice_days, breach_notice_terms = excluded.breach_notice_terms, data_location = excluded.data_location,
         uses_subcontractors = excluded.uses_subcontractors, subcontractors = excluded.subcontractors, subcontractor_baas = excluded.subcontractor_baas,
         notes = excluded.notes, answered_by = excluded.answered_by, answered_at = excluded.answered_at`,
    ).run(
      vendor.id,
      a.encryptionAtRest,
      a.encryptionInTransit,
      a.breachNoticeDays,
      a.breachNoticeTerms,
      a.dataLocation,
      a.usesSubcontractors,
      a.subcontractors,
      a.subcontractorBaas,
      a.notes,
      userIdOf(actor),
      nowIso(),
    );
    const changes = before ? changedFields(answersWithoutWho(before), a) : { ...a };
    appendAudit(db, actor, {
      action: "vendor.questionnaire-saved",
      recordType: "vendor",
      recordId: vendor.id,
      summary: before ? `Updated the due-diligence answers of ${vendor.name}` : `Recorded the due-diligence answers of ${vendor.name}`,
      changes,
    });
  })();
}

function answersWithoutWho({ answeredBy: _by, answeredAt: _at, ...answers }: VendorQuestionnaire): QuestionnaireInput {
  return answers;
}
