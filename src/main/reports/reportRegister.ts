import type { Database } from "better-sqlite3-multiple-ciphers";
import { type ReportKind, type ReportRegisterEntry } from "../../shared/model/reports";

/**
 * The register of every exported report: its SHA-256 and what it is. A file handed back months later
 * is matched by its fingerprint, which tells whether it is exactly what was exported and signed.
 */

interface RegisterRow {
  id: string;
  kind: string;
  title: string;
  period_key: string;
  period_label: string;
  version: number;
  file_name: string;
  sha256: string;
  byte_size: number;
  generated_at: string;
  generated_by_name: string;
  signed_by_name: string | null;
  signed_by_title: string | null;
  signature_meaning: string | null;
  signed_at: string | null;
  certificate_serial: string | null;
}

const SELECT = `
  SELECT r.*, g.full_name AS generated_by_name, s.full_name AS signed_by_name, s.title AS signed_by_title, c.serial AS certificate_serial
  FROM report_register r
  JOIN users g ON g.id = r.generated_by
  LEFT JOIN users s ON s.id = r.signed_by
  LEFT JOIN signing_certificates c ON c.id = r.certificate_id`;

function toEntry(row: RegisterRow): ReportRegisterEntry {
  return {
    id: row.id,
    kind: row.kind as ReportKind,
    title: row.title,
    periodKey: row.period_key,
    periodLabel: row.period_label,
    version: row.version,
    fileName: row.file_name,
    sha256: row.sha256,
    byteSize: row.byte_size,
    generatedAt: row.generated_at,
    generatedByName: row.generated_by_name,
    signature:
      row.signed_at && row.signed_by_name && row.signature_meaning && row.certificate_serial
        ? { signedByName: row.signed_by_name, signedByTitle: row.signed_by_title ?? "", meaning: row.signature_meaning, signedAt: row.signed_at, certificateSerial: row.certificate_serial }
        : null,
  };
}

/** Newest first. */
export function listRegister(db: Database, kind?: ReportKind): ReportRegisterEntry[] {
  const rows = (kind
    ? db.prepare(`${SELECT} WHERE r.kind = ? ORDER BY r.generated_at DESC, r.version DESC`).all(kind)
    : db.prepare(`${SELECT} ORDER BY r.generated_at DESC, r.version DESC`).all()) as RegisterRow[];
  return rows.map(toEntry);
}

export function findRegisterEntry(db: Database, sha256: string): ReportRegisterEntry | null {
  const row = db.prepare(`${SELECT} WHERE r.sha256 = ? ORDER BY r.generated_at LIMIT 1`).get(sha256.toLowerCase()) as RegisterRow | undefined;
  return row ? toEntry(row) : null;
}

/** The version the next export of this kind and period will carry. */
export function nextVersion(db: Database, kind: ReportKind, periodKey: string): number {
  const highest = db.prepare("SELECT max(version) FROM report_register WHERE kind = ? AND period_key = ?").pluck().get(kind, periodKey) as number | null;
  return (highest ?? 0) + 1;
}

export interface NewRegisterEntry {
  id: string;
  kind: ReportKind;
  title: string;
  periodKey: string;
  periodLabel: string;
  version: number;
  fileName: string;
  sha256: string;
  byteSize: number;
  generatedAt: string;
  generatedBy: string;
  signature: { signedBy: string; meaning: string; signedAt: string; certificateId: string } | null;
}

/** Call inside the transaction that also appends the audit entry for the export. */
export function insertRegisterEntry(db: Database, entry: NewRegisterEntry): ReportRegisterEntry {
  db.prepare(
    `INSERT INTO report_register (id, kind, title, period_key, period_label, version, file_name, sha256, byte_size, generated_at, generated_by,
       signed_by, signature_meaning, signed_at, certificate_id)
     VALUES (@id, @kind, @title, @periodKey, @periodLabel, @version, @fileName, @sha256, @byteSize, @generatedAt, @generatedBy,
       @signedBy, @meaning, @signedAt, @certificateId)`,
  ).run({
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    periodKey: entry.periodKey,
    periodLabel: entry.periodLabel,
    version: entry.version,
    fileName: entry.fileName,
    sha256: entry.sha256,
    byteSize: entry.byteSize,
    generatedAt: entry.generatedAt,
    generatedBy: entry.generatedBy,
    signedBy: entry.signature?.signedBy ?? null,
    meaning: entry.signature?.meaning ?? null,
    signedAt: entry.signature?.signedAt ?? null,
    certificateId: entry.signature?.certificateId ?? null,
  });
  return toEntry(db.prepare(`${SELECT} WHERE r.id = ?`).get(entry.id) as RegisterRow);
}
