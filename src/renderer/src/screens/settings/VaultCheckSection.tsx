import { useState } from "react";
import type { VaultCheck } from "../../../../shared/model/vaultCheck";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { IntegrityResult } from "../auditLog/IntegrityCheck";
import { SettingsSection } from "./SettingsSection";

/** vault.check: the database's own integrity check and the audit log's chain, for when something seems wrong. */
export function VaultCheckSection() {
  const invoke = useInvoke();
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<VaultCheck | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setCheck(null);
    const result = await invoke("vault.check", {});
    setBusy(false);
    if (result.ok) setCheck(result.value);
    else setError(result.error.message);
  };

  return (
    <SettingsSection title="Check the vault">
      <p>Checks that the practice database can be read in full and that no audit log entry was changed. It takes a few seconds and changes nothing.</p>
      <div className="button-row button-row-start">
        <button type="button" className="button-secondary" onClick={run} disabled={busy}>
          {busy ? "Checking…" : "Check the vault"}
        </button>
      </div>
      <FormAlert message={error} />
      {check ? (
        check.databaseProblems.length === 0 ? (
          <p role="status" className="alert alert-success">
            The database is readable and has no problems.
          </p>
        ) : (
          <div role="alert" className="alert alert-error">
            <p>
              <strong>The database has problems.</strong> Do not delete anything. Keep a copy of the vault folder as it is and call your IT
              provider; restoring a recent backup may be needed. What the check found:
            </p>
            <ul>
              {check.databaseProblems.slice(0, 10).map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      {check ? <IntegrityResult outcome={check.audit} error={null} /> : null}
    </SettingsSection>
  );
}
