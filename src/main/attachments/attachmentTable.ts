import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import { AppFailure } from "../core/appFailure";
import { fileDownload, type CheckedFile, type FileDownload } from "./attachedFile";

/**
 * The tables that keep attached files, and the columns that tie each file to the record it belongs
 * to. Every table and column name put into SQL below comes from here, never from input.
 */
export type AttachmentTable = "evidence" | "training_certificates" | "vendor_files";

const OWNER_COLUMNS = {
  evidence: ["assessment_id", "question_id"],
  training_certificates: ["completion_id"],
  vendor_files: ["vendor_id"],
} as const satisfies Record<AttachmentTable, readonly string[]>;

type OwnerColumn<T extends AttachmentTable> = (typeof OWNER_COLUMNS)[T][number];

interface StoredFileColumns {
  id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

export type AttachmentRow<T extends AttachmentTable> = StoredFileColumns & Record<OwnerColumn<T>, string>;

/** One owner id, or many read in one query; an owner column left out is not filtered on, and the list is grouped by it. */
export type OwnerFilter<T extends AttachmentTable> = Partial<Record<OwnerColumn<T>, string | readonly string[]>>;

/** The fields every attached-file item shares, which follow its id and owner ids. */
export function storedFileFields(row: StoredFileColumns, people: (id: string) => PersonRef) {
  return { fileName: row.file_name, mimeType: row.mime_type, sizeBytes: row.size, sha256: row.sha256, addedBy: people(row.added_by), addedAt: row.added_at };
}

export interface AttachmentTableOptions {
  /** What a person is told when the file is gone, for example removed in another window. */
  missingMessage: string;
  /** Lists show the latest file first instead of in the order the files were added. */
  newestFirst?: boolean;
}

export function attachmentTable<T extends AttachmentTable>(table: T, options: AttachmentTableOptions) {
  const owners: readonly OwnerColumn<T>[] = OWNER_COLUMNS[table];
  // Every column but the content, which only a download reads, so that the lists are answered from
  // the covering indexes of attachmentIndexesMigration.ts and never walk a file's pages.
  const listed = ["id", ...owners, "file_name", "mime_type", "size", "sha256", "added_by", "added_at"].join(", ");
  const order = options.newestFirst ? "added_at DESC, id" : "added_at, id";

  function requireRow(db: Database, id: string): AttachmentRow<T> {
    const row = db.prepare(`SELECT ${listed} FROM ${table} WHERE id = ?`).get(id) as AttachmentRow<T> | undefined;
    if (!row) throw new AppFailure("NOT_FOUND", options.missingMessage);
    return row;
  }

  return {
    require: requireRow,

    list(db: Database, filter: OwnerFilter<T>): AttachmentRow<T>[] {
      const conditions: string[] = [];
      const values: string[] = [];
      const groups: string[] = [];
      for (const column of owners) {
        const value: string | readonly string[] | undefined = filter[column];
        if (value === undefined) {
          groups.push(column);
        } else if (typeof value === "string") {
          conditions.push(`${column} = ?`);
          values.push(value);
        } else {
          conditions.push(`${column} IN (SELECT value FROM json_each(?))`);
          values.push(JSON.stringify(value));
        }
      }
      const where = conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
      return db.prepare(`SELECT ${listed} FROM ${table}${where} ORDER BY ${[...groups, order].join(", ")}`).all(...values) as AttachmentRow<T>[];
    },

    /** Stores a checked file; the caller holds the transaction and writes the audit entry. Returns the new file's id. */
    insert(db: Database, owner: Record<OwnerColumn<T>, string>, file: CheckedFile, addedBy: string): string {
      const id = randomUUID();
      const columns = ["id", ...owners, "file_name", "mime_type", "size", "sha256", "content", "added_by", "added_at"];
      db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(
        id,
        ...owners.map((column) => owner[column]),
        file.fileName,
        file.mimeType,
        file.content.length,
        file.sha256,
        file.content,
        addedBy,
        new Date().toISOString(),
      );
      return id;
    },

    /** The stored bytes, ready to hand out; the caller logs that a copy left the vault. */
    download(db: Database, row: AttachmentRow<T>): FileDownload {
      const content = db.prepare(`SELECT content FROM ${table} WHERE id = ?`).pluck().get(row.id) as Buffer;
      return fileDownload({ fileName: row.file_name, mimeType: row.mime_type, content, sizeBytes: row.size, sha256: row.sha256 });
    },

    remove(db: Database, id: string): void {
      db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    },
  };
}
