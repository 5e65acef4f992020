import type { Database } from "better-sqlite3-multiple-ciphers";
import { BAA_STATUSES, DILIGENCE_ANSWERS, SUBCONTRACTOR_BAA_ANSWERS } from "../../shared/model/vendor";
import { MAX_EVIDENCE_BYTES } from "../../shared/rules/evidenceFiles";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const optionalDate = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB ${ISO_DATE_GLOB})`;

/**
 * The vendor register and Business Associate Agreements, 45 CFR 164.308(b) and 164.314(a): each
 * vendor, how it handles ePHI (the four verbs of 164.308(b)(1)), where its BAA stands, the signed
 * copies (BLOBs in the encrypted database, never loose files), and the due-diligence answers.
 * Vendors are never deleted: a vendor the practice stopped using gets an end date, and its records
 * stay for the six years of 164.316(b)(2)(i).
 */
export const vendorMigration: { name: string; up(db: Database): void } = {
  name: "the vendor register: business associates, their BAAs, signed copies and due-diligence answers",
  up(db) {
    db.exec(`
      CREATE TABLE vendors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        services TEXT NOT NULL DEFAULT '',
        ${flag("creates_ephi")},
        ${flag("receives_ephi")},
        ${flag("maintains_ephi")},
        ${flag("transmits_ephi")},
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        baa_status TEXT NOT NULL CHECK (baa_status IN (${list(BAA_STATUSES)})),
        baa_not_needed_reason TEXT NOT NULL DEFAULT '',
        ${optionalDate("baa_signed_date")},
        ${optionalDate("baa_review_date")},
        subcontractor_notes TEXT NOT NULL DEFAULT '',
        ${optionalDate("ended_on")},
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        -- "Not needed" is a decision, and a decision is written down with its reason.
        CHECK ((baa_status = 'not-needed') = (length(trim(baa_not_needed_reason)) > 0)),
        CHECK (baa_status <> 'signed' OR baa_signed_date IS NOT NULL),
        CHECK (baa_status IN ('signed', 'expired') OR (baa_signed_date IS NULL AND baa_review_date IS NULL)),
        CHECK (baa_review_date IS NULL OR baa_signed_date IS NULL OR baa_review_date > baa_signed_date)
      ) STRICT;
      CREATE UNIQUE INDEX vendors_by_name ON vendors (name COLLATE NOCASE);

      -- Signed BAAs (and their amendments), inside the encrypted database.
      CREATE TABLE vendor_files (
        id TEXT PRIMARY KEY,
        vendor_id TEXT NOT NULL REFERENCES vendors (id),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size BETWEEN 1 AND ${MAX_EVIDENCE_BYTES}),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        content BLOB NOT NULL CHECK (length(content) = size),
        added_by TEXT NOT NULL REFERENCES users (id),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vendor_files_by_vendor ON vendor_files (vendor_id, added_at);

      -- One set of due-diligence answers per vendor; earlier answers are in the audit log.
      CREATE TABLE vendor_questionnaires (
        vendor_id TEXT PRIMARY KEY REFERENCES vendors (id),
        encryption_at_rest TEXT NOT NULL CHECK (encryption_at_rest IN (${list(DILIGENCE_ANSWERS)})),
        encryption_in_transit TEXT NOT NULL CHECK (encryption_in_transit IN (${list(DILIGENCE_ANSWERS)})),
        breach_notice_days INTEGER CHECK (breach_notice_days IS NULL OR breach_notice_days BETWEEN 1 AND 365),
        breach_notice_terms TEXT NOT NULL DEFAULT '',
        data_location TEXT NOT NULL DEFAULT '',
        uses_subcontractors TEXT NOT NULL CHECK (uses_subcontractors IN (${list(DILIGENCE_ANSWERS)})),
        subcontractors TEXT NOT NULL DEFAULT '',
        subcontractor_baas TEXT NOT NULL CHECK (subcontractor_baas IN (${list(SUBCONTRACTOR_BAA_ANSWERS)})),
        notes TEXT NOT NULL DEFAULT '',
        answered_by TEXT NOT NULL REFERENCES users (id),
        answered_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
