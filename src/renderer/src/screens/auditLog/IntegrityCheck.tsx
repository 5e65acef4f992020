import { useState } from "react";
import type { AuditVerification } from "../../../../shared/model/audit";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";

/**
 * audit.verify: each entry carries a hash of the one before, so a changed or deleted entry shows up.
 * Supports the audit controls of 45 CFR 164.312(b) and integrity, 164.312(c)(1).
 */
export function useIntegrityCheck() {
  const invoke = useInvoke();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    const result = await invoke("audit.verify", {});
    setBusy(false);
    if (result.ok) setOutcome(result.value);
    else setError(result.error.message);
  };
  return { busy, outcome, error, check };
}

/** What the check found, in words. */
export function IntegrityResult({ outcome, error }: { outcome: AuditVerification | null; error: string | null }) {
  if (error) return <FormAlert message={error} />;
  if (!outcome) return null;
  if (outcome.intact)
    return (
      <p role="status" className="alert alert-success">
        All {outcome.checked} {outcome.checked === 1 ? "entry is" : "entries are"} intact.
      </p>
    );
  return (
    <div role="alert" className="alert alert-error">
      <p>
        <strong>The log is not intact.</strong> The first entry that does not check out is entry {outcome.firstBrokenSeq}: {outcome.problem}
      </p>
      <p>Someone may have changed the vault files outside Safeguard Desk. Do not delete anything; keep a copy of the vault folder as it is and call your IT provider.</p>
    </div>
  );
}
