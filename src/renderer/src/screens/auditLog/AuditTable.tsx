import type { AuditEntry } from "../../../../shared/model/audit";
import { formatDateTime } from "../../format/dates";

/** One row per audit entry; times in the practice's time zone. */
export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string | undefined }) {
  if (entries.length === 0) return <p className="empty">No entries match these filters.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table audit-table">
        <caption className="visually-hidden">Audit log entries</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="numeric">{entry.seq}</td>
              <td className="nowrap">{formatDateTime(entry.at, timeZone)}</td>
              <td>{entry.actorName}</td>
              <td className="nowrap">{entry.action}</td>
              <td>{recordLabel(entry)}</td>
              <td>{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "user 3f2a9c1d" (the first part of the record's ID is enough to tell records apart by eye). */
function recordLabel(entry: AuditEntry): string {
  if (!entry.recordType) return "";
  return entry.recordId ? `${entry.recordType} ${entry.recordId.slice(0, 8)}` : entry.recordType;
}
