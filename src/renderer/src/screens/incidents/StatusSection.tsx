import { useId, useState } from "react";
import { INCIDENT_STATUS_LABELS, INCIDENT_STATUSES, type IncidentStatus } from "../../../../shared/model/incident";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { mayUse } from "../settings/permissions";
import type { SectionProps } from "./IncidentPage";

/** The incident's status through to closed, and the review of the risk analysis it calls for. */
export function StatusSection({ detail, onUpdated }: SectionProps) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const ids = useId();
  const { incident } = detail;
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = mayUse(session, "edit");

  const changeStatus = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    setBusy(true);
    const result = await invoke("incidents.setStatus", { id: incident.id, status, note });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onUpdated(result.value);
    setNote("");
    setDone(`The incident is now “${INCIDENT_STATUS_LABELS[result.value.incident.status]}”.`);
  };

  const askForReview = async () => {
    setError(null);
    setDone(null);
    const result = await invoke("incidents.openRiskReview", { id: incident.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onUpdated(result.value);
    setDone("The risk analysis now shows a review task for this incident.");
  };

  return (
    <section className="incident-section" aria-labelledby="status-heading">
      <h2 id="status-heading">Status and follow-up</h2>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>

      <h3>Review of the risk analysis</h3>
      {incident.riskReview ? (
        <p>
          Review asked for on {formatDateTime(incident.riskReview.recordedAt, practice?.timeZone)}.{" "}
          {incident.riskReview.resolvedByYear
            ? `The ${incident.riskReview.resolvedByYear} risk analysis took it into account.`
            : "It stays on the risk analysis's list of review tasks until the next analysis is finalized."}
        </p>
      ) : (
        <>
          <p>
            An incident can show a risk the analysis missed or rated too low. Asking for a review puts a task on the risk analysis (45 CFR
            164.308(a)(1)(ii)(A) and (B)).
          </p>
          {canEdit ? (
            <button type="button" className="button-secondary" onClick={() => void askForReview()}>
              Ask for a review of the risk analysis
            </button>
          ) : null}
        </>
      )}

      <h3>Status</h3>
      {incident.closed ? (
        <p>
          Closed by {incident.closed.by.name} on {formatDateTime(incident.closed.at, practice?.timeZone)}
          {incident.closed.note ? `: ${incident.closed.note}` : "."}
        </p>
      ) : detail.closeBlockers.length > 0 ? (
        <div className="close-blockers">
          <p>Before the incident can be closed:</p>
          <ul>
            {detail.closeBlockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {canEdit ? (
        <form onSubmit={changeStatus} noValidate aria-label="Change the status" className="status-form">
          <div className="field">
            <label htmlFor={`${ids}-status`}>Status</label>
            <select id={`${ids}-status`} value={status} onChange={(event) => setStatus(event.target.value as IncidentStatus)}>
              {INCIDENT_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {INCIDENT_STATUS_LABELS[option]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-note`}>Note</label>
            <p id={`${ids}-note-hint`} className="hint">
              For closing: the outcome, in a sentence (45 CFR 164.308(a)(6)(ii)).
            </p>
            <textarea id={`${ids}-note`} aria-describedby={`${ids}-note-hint`} value={note} onChange={(event) => setNote(event.target.value)} rows={2} />
          </div>
          <div className="button-row button-row-start">
            <button type="submit" className="button-primary" disabled={busy || status === incident.status}>
              {status === "closed" ? "Close the incident" : incident.status === "closed" ? "Reopen the incident" : "Change the status"}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
