import type { ReportRegisterEntry } from "../../../../shared/model/reports";
import { formatTableMoment } from "../../../../shared/time/zonedTime";

/** Every report saved from this vault, newest first, with the fingerprint an auditor can compare. */
export function ReportRegisterTable({ entries, timeZone }: { entries: ReportRegisterEntry[]; timeZone: string | undefined }) {
  const zone = timeZone ?? "UTC";
  if (entries.length === 0) return <p>No report has been saved yet. Reports you save or sign are listed here.</p>;
  return (
    <div className="table-wrap" role="region" aria-label="Saved reports, scrollable" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">Saved reports</caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Period</th>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">Signature</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                {entry.title}
                <div className="hint">{entry.fileName}</div>
              </td>
              <td>{entry.periodLabel}</td>
              <td>{entry.version}</td>
              <td>
                {formatTableMoment(entry.generatedAt, zone)}
                <div className="hint">by {entry.generatedByName}</div>
              </td>
              <td>
                {entry.signature ? (
                  <>
                    {entry.signature.signedByName}, {entry.signature.signedByTitle}
                    <div className="hint">“{entry.signature.meaning}”</div>
                  </>
                ) : (
                  "Not signed"
                )}
              </td>
              <td>
                <code className="report-hash" title={entry.sha256}>
                  {entry.sha256.slice(0, 16)}…
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
