import type { PolicyAcknowledgmentView } from "../../../../shared/model/policy";
import { formatDateTime } from "../../format/dates";

/** Who acknowledged which version, when, and the exact words they signed. */
export function AcknowledgmentList({ acknowledgments, timeZone }: { acknowledgments: PolicyAcknowledgmentView[]; timeZone: string | undefined }) {
  if (acknowledgments.length === 0) return <p className="empty">No one has acknowledged this policy yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Acknowledgments of this policy</caption>
        <thead>
          <tr>
            <th scope="col">Name typed</th>
            <th scope="col">Version</th>
            <th scope="col">When</th>
            <th scope="col">Signed-in account</th>
            <th scope="col">Statement signed</th>
          </tr>
        </thead>
        <tbody>
          {acknowledgments.map((ack) => (
            <tr key={ack.id}>
              <th scope="row">
                {ack.name}
                <div className="hint">{ack.personKind === "user" ? "Has an account" : "On the workforce roster"}</div>
              </th>
              <td>{ack.versionNumber}</td>
              <td>{formatDateTime(ack.acknowledgedAt, timeZone)}</td>
              <td>{ack.recordedBy.name}</td>
              <td className="policy-statement">{ack.statement}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
