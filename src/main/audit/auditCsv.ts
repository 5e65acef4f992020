import type { AuditEntry } from "../../shared/model/audit";

const HEADER = ["Entry", "When (UTC)", "Who", "Action", "Record type", "Record", "Summary", "Changes", "Hash"];

/**
 * RFC 4180 quoting, and a leading apostrophe on cells that a spreadsheet would run as a formula
 * (CSV injection: a name like "=HYPERLINK(...)" must stay text).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: Iterable<AuditEntry>): string {
  const lines = [HEADER.map(cell).join(",")];
  for (const entry of entries) {
    lines.push(
      [
        String(entry.seq),
        entry.at,
        entry.actorName,
        entry.action,
        entry.recordType ?? "",
        entry.recordId ?? "",
        entry.summary,
        entry.changes ? JSON.stringify(entry.changes) : "",
        entry.hash,
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
