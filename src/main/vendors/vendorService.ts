import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { BAA_STATUS_LABELS, NOT_NEEDED_REASON_MESSAGE, type VendorDetail, type VendorFileInput, type VendorInput, type VendorRegister } from "../../shared/model/vendor";
import { BAA_REVIEW_NOTICE_DAYS, sortWarnings } from "../../shared/rules/baaStatus";
import { formatDay } from "../../shared/time/zonedTime";
import { diligenceConcerns } from "../../shared/rules/vendorDiligence";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import { readQuestionnaire } from "./questionnaireService";
import { insertVendorFile, listVendorFiles } from "./vendorFileService";
import { activityFlags, allVendorRows, inputOf, nowIso, peopleLookup, practiceToday, requireVendorRow, summaryOf, userIdOf, type VendorRow } from "./vendorRecords";

/**
 * The vendor register, 45 CFR 164.308(b): who handles the practice's ePHI, and where each
 * Business Associate Agreement stands. Vendors are never deleted (their records are documentation
 * kept six years, 164.316(b)(2)(i)); one the practice stopped using gets an end date.
 */

export function listVendors(db: Database, today: string = practiceToday(db)): VendorRegister {
  const people = peopleLookup(db);
  const vendors = allVendorRows(db).map((row) => summaryOf(row, people, today));
  return { today, reviewNoticeDays: BAA_REVIEW_NOTICE_DAYS, vendors, warnings: sortWarnings(vendors.flatMap((vendor) => vendor.warnings)) };
}

export function getVendor(db: Database, vendorId: string, today: string = practiceToday(db)): VendorDetail {
  const row = requireVendorRow(db, vendorId);
  const questionnaire = readQuestionnaire(db, row.id);
  return {
    ...summaryOf(row, peopleLookup(db), today),
    files: listVendorFiles(db, row.id),
    questionnaire,
    concerns: questionnaire ? diligenceConcerns(questionnaire) : [],
  };
}

/**
 * What the input schema cannot know: names are unique, and a BAA cannot have been signed after
 * today. The schema refuses "not needed" without a reason; it is checked again here because the
 * reason is the whole record of that decision.
 */
function checkVendor(db: Database, input: VendorInput, exceptId: string | null, today: string): void {
  const clash = db.prepare("SELECT id FROM vendors WHERE name = ? COLLATE NOCASE AND id IS NOT ?").pluck().get(input.name, exceptId) as string | undefined;
  if (clash) {
    const message = `${input.name} is already in the register. Open it from the list of vendors instead of adding it again.`;
    throw new AppFailure("CONFLICT", message, { "vendor.name": message });
  }
  if (input.baaStatus === "not-needed" && input.baaNotNeededReason.trim() === "") {
    throw new AppFailure("VALIDATION", NOT_NEEDED_REASON_MESSAGE, { "vendor.baaNotNeededReason": NOT_NEEDED_REASON_MESSAGE });
  }
  checkNotFuture(input.baaSignedDate, today, "vendor.baaSignedDate");
}

function checkNotFuture(signedDate: string | null, today: string, field: string): void {
  if (signedDate !== null && signedDate > today) {
    const message = `The signed date can't be after today (${formatDay(today)}). Enter the date on the signed agreement.`;
    throw new AppFailure("VALIDATION", message, { [field]: message });
  }
}

const VENDOR_COLUMNS = `name, services, creates_ephi, receives_ephi, maintains_ephi, transmits_ephi, contact_name, contact_email, contact_phone, address,
  baa_status, baa_not_needed_reason, baa_signed_date, baa_review_date, subcontractor_notes, ended_on`;

function columnValues(input: VendorInput): unknown[] {
  const flags = activityFlags(input.ephiActivities);
  return [
    input.name,
    input.services,
    flags.creates_ephi,
    flags.receives_ephi,
    flags.maintains_ephi,
    flags.transmits_ephi,
    input.contactName,
    input.contactEmail,
    input.contactPhone,
    input.address,
    input.baaStatus,
    input.baaNotNeededReason,
    input.baaSignedDate,
    input.baaReviewDate,
    input.subcontractorNotes,
    input.endedOn,
  ];
}

export function addVendor(db: Database, actor: Actor, input: { vendor: VendorInput }): VendorDetail {
  const id = randomUUID();
  db.transaction(() => {
    checkVendor(db, input.vendor, null, practiceToday(db));
    const now = nowIso();
    const actorId = userIdOf(actor);
    db.prepare(`INSERT INTO vendors (id, ${VENDOR_COLUMNS}, created_by, created_at, updated_by, updated_at) VALUES (?, ${"?, ".repeat(16)}?, ?, ?, ?)`).run(
      id,
      ...columnValues(input.vendor),
      actorId,
      now,
      actorId,
      now,
    );
    appendAudit(db, actor, {
      action: "vendor.added",
      recordType: "vendor",
      recordId: id,
      summary: `Added ${input.vendor.name} to the vendor register (BAA: ${BAA_STATUS_LABELS[input.vendor.baaStatus]})`,
      changes: { ...input.vendor },
    });
  })();
  return getVendor(db, id);
}

function writeVendor(db: Database, actor: Actor, row: VendorRow, next: VendorInput, action: string, summary: string): void {
  const changes = changedFields(inputOf(row), next);
  if (Object.keys(changes).length === 0) return;
  const assignments = VENDOR_COLUMNS.split(",")
    .map((column) => `${column.trim()} = ?`)
    .join(", ");
  db.prepare(`UPDATE vendors SET ${assignments}, updated_by = ?, updated_at = ? WHERE id = ?`).run(...columnValues(next), userIdOf(actor), nowIso(), row.id);
  appendAudit(db, actor, { action, recordType: "vendor", recordId: row.id, summary, changes });
}

export function updateVendor(db: Database, actor: Actor, input: { vendorId: string; vendor: VendorInput }): VendorDetail {
  db.transaction(() => {
    const row = requireVendorRow(db, input.vendorId);
    checkVendor(db, input.vendor, row.id, practiceToday(db));
    const statusChanged = row.baa_status !== input.vendor.baaStatus;
    const summary = statusChanged
      ? `Changed the record of ${input.vendor.name} (BAA: ${BAA_STATUS_LABELS[row.baa_status]} → ${BAA_STATUS_LABELS[input.vendor.baaStatus]})`
      : `Changed the record of ${input.vendor.name}`;
    writeVendor(db, actor, row, input.vendor, "vendor.updated", summary);
  })();
  return getVendor(db, input.vendorId);
}

/** The signed agreement arrives: the state, its date, its next review and the copy, stored together or not at all. */
export function recordSignedBaa(db: Database, actor: Actor, input: { vendorId: string; signedDate: string; reviewDate: string | null; file: VendorFileInput }): VendorDetail {
  db.transaction(() => {
    const row = requireVendorRow(db, input.vendorId);
    checkNotFuture(input.signedDate, practiceToday(db), "signedDate");
    const next: VendorInput = { ...inputOf(row), baaStatus: "signed", baaNotNeededReason: "", baaSignedDate: input.signedDate, baaReviewDate: input.reviewDate };
    writeVendor(db, actor, row, next, "vendor.baa-signed", `Recorded the Business Associate Agreement signed with ${row.name} on ${formatDay(input.signedDate)}`);
    insertVendorFile(db, actor, row, input.file);
  })();
  return getVendor(db, input.vendorId);
}
