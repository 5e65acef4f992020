import { useState } from "react";
import type { RequirementView } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { areaHref } from "../../frame/areas";
import { formatDateTime } from "../../format/dates";
import { CarriedOverBadge } from "./CarriedOverBadge";
import { ConfirmCarriedButton } from "./ConfirmCarriedButton";
import { NotApplicableForm } from "./NotApplicableForm";
import { useYear } from "./YearContext";

/**
 * Whether the requirement applies: by the practice profile (with its reason), by a user's mark (with
 * theirs, who and when), or it does; a user may mark it not applicable with a reason of a few words.
 */
export function ApplicabilityPanel({ requirement, name }: { requirement: RequirementView; name: string }) {
  const invoke = useInvoke();
  const { detail, replace, editable, timeZone } = useYear();
  const [marking, setMarking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const applicability = requirement.applicability;

  const markApplicable = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke("assessment.setNotApplicable", { assessmentId: detail.assessment.id, requirementId: requirement.id, notApplicable: false });
    setBusy(false);
    if (result.ok) replace(result.value);
    else setError(result.error.message);
  };

  if (!applicability.applies && applicability.source === "profile") {
    return (
      <div className="applicability applicability-profile">
        <p>
          <strong>Does not apply to the practice.</strong> {applicability.reason}
        </p>
        <p className="hint">
          This follows from the practice profile. If it is wrong, correct the profile in <a href={areaHref("settings")}>Settings</a>.
        </p>
      </div>
    );
  }

  if (!applicability.applies) {
    return (
      <div className="applicability applicability-user">
        <p>
          <strong>Marked not applicable</strong> by {applicability.markedBy.name} on {formatDateTime(applicability.markedAt, timeZone)}.
          {requirement.carriedOver ? <CarriedOverBadge /> : null}
        </p>
        <p>
          <span className="label-inline">Reason:</span> {applicability.reason}
        </p>
        <FormAlert message={error} />
        {editable ? (
          <div className="row-actions">
            {requirement.carriedOver ? <ConfirmCarriedButton label="Confirm it still does not apply" requirementIds={[requirement.id]} /> : null}
            <button type="button" className="button-secondary button-small" onClick={markApplicable} disabled={busy}>
              It applies after all
            </button>
          </div>
        ) : null}
      </div>
    );
  }

  if (!editable) return null;
  return marking ? (
    <NotApplicableForm requirement={requirement} name={name} onDone={() => setMarking(false)} />
  ) : (
    <div className="row-actions applicability-actions">
      <button type="button" className="button-secondary button-small" onClick={() => setMarking(true)}>
        Mark “{name}” as not applicable
      </button>
    </div>
  );
}
