import { useState } from "react";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";
import { formatDateTime } from "../../format/dates";
import { useYear } from "./YearContext";

/** Locks the year's assessment as the practice's record. The main process refuses, and says why, while anything is missing. */
export function FinalizePanel() {
  const invoke = useInvoke();
  const { detail, replace, mayFinalize, timeZone } = useYear();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { assessment } = detail;

  const finalize = async (): Promise<string | null> => {
    setRefusal(null);
    const result = await invoke("assessment.finalize", { assessmentId: assessment.id });
    setConfirming(false);
    if (!result.ok) setRefusal(result.error.message);
    else replace(result.value);
    return null;
  };

  return (
    <section className="panel finalize-panel" aria-labelledby="finalize-title">
      <h3 id="finalize-title">Finalize the {assessment.year} assessment</h3>
      {detail.readOnly && assessment.finalizedBy && assessment.finalizedAt ? (
        <p>
          <strong>
            Finalized by {assessment.finalizedBy.name} on {formatDateTime(assessment.finalizedAt, timeZone)}.
          </strong>{" "}
          It can no longer be changed. To record what has changed since, start next year’s assessment and carry these answers forward.
        </p>
      ) : (
        <>
          <p>
            Finalizing locks the answers, decisions and sign-offs as the practice’s record for {assessment.year}, with your name and the date. It is possible
            once every question is answered, every addressable specification has a documented decision, everything carried over is confirmed and every
            section is signed off.
          </p>
          <FormAlert message={refusal} />
          {mayFinalize ? (
            <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
              Finalize the {assessment.year} assessment
            </button>
          ) : (
            <p className="read-only-note">Only an Administrator can finalize the assessment.</p>
          )}
          <ConfirmDialog
            open={confirming}
            title={`Finalize the ${assessment.year} assessment?`}
            confirmLabel="Finalize"
            onConfirm={finalize}
            onCancel={() => setConfirming(false)}
          >
            <p>After this nobody can change its answers. The remediation plan stays open.</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
