import { useState } from "react";
import type { IncidentDetail } from "../../../../shared/model/incident";
import { useInvoke } from "../../api/ApiContext";
import { Dialog } from "../../components/Dialog";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";

/** An Administrator reopens a signed assessment, with the reason on record (new facts, a mistake). */
export function WithdrawSignOff({ incidentId, onUpdated }: { incidentId: string; onUpdated: (detail: IncidentDetail) => void }) {
  const invoke = useInvoke();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const withdraw = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await invoke("incidents.assessment.withdrawSignOff", { incidentId, reason });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.reason ?? result.error.message);
      return;
    }
    setOpen(false);
    onUpdated(result.value);
  };

  return (
    <>
      <p>If new facts come to light, an Administrator can withdraw the sign-off to change the answers. The reason is kept in the audit log.</p>
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Withdraw the sign-off
      </button>
      <Dialog open={open} title="Withdraw the sign-off" onClose={() => setOpen(false)}>
        <form onSubmit={withdraw} noValidate>
          <FormAlert message={error} />
          <Field label="Why the assessment must change">
            {(props) => <textarea {...props} value={reason} onChange={(event) => setReason(event.target.value)} rows={3} autoFocus />}
          </Field>
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="button-primary" disabled={busy}>
              Withdraw the sign-off
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
