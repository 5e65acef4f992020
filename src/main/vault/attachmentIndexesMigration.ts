import type { Database } from "better-sqlite3-multiple-ciphers";

/**
 * Covering indexes for the lists of attached files. A file's bytes sit in the middle of its row, and
 * SQLite reaches the columns after them (who added it, when) only by walking every overflow page of
 * the file: listing a vendor's signed BAAs read each whole PDF. With every listed column in the
 * index, a list never reads the rows, only the download does. Each replaces the index its list used.
 */
export const attachmentIndexesMigration: { name: string; up(db: Database): void } = {
  name: "covering indexes for the lists of attached files",
  up(db) {
    db.exec(`
      DROP INDEX evidence_by_question;
      CREATE INDEX evidence_by_question ON evidence (assessment_id, question_id, added_at, id, file_name, mime_type, size, sha256, added_by);
      DROP INDEX vendor_files_by_vendor;
      CREATE INDEX vendor_files_by_vendor ON vendor_files (vendor_id, added_at, id, file_name, mime_type, size, sha256, added_by);
      DROP INDEX training_certificates_by_completion;
      CREATE INDEX training_certificates_by_completion ON training_certificates (completion_id, added_at, id, file_name, mime_type, size, sha256, added_by);
    `);
  },
};
