import { useState } from "react";
import type { RequirementView } from "../../../../shared/model/assessment";
import { ADDRESSABLE_DECISION_LABELS } from "../../../../shared/rules/assessmentSnapshot";
import { formatDateTime } from "../../format/dates";
import { CarriedOverBadge } from "./CarriedOverBadge";
import { ConfirmCarriedButton } from "./ConfirmCarriedButton";
import { DecisionForm } from "./DecisionForm";
import { DESCRIPTION_LABELS } from "./decisionSchema";
import { useYear } from "./YearContext";

/** The documented decision 45 CFR 164.306(d)(3) asks for on an addressable specification: shown, and recorded or changed. */
export function DecisionPanel({ requirement, name }: { requirement: RequirementView; name: string }) {
  const { editable, timeZone } = useYear();
  const [editing, setEditing] = useState(false);
  const decision = requirement.decision;
  const titleId = `decision-${requirement.id}`;

  return (
    <section className={requirement.needsDecision ? "decision decision-missing" : "decision"} aria-labelledby={titleId}>
      <h4 id={titleId}>Addressable decision on “{name}”</h4>
      {decision && !editing ? (
        <>
          <p>
            <strong>{ADDRESSABLE_DECISION_LABELS[decision.kind]}.</strong> Recorded by {decision.decidedBy.name} on {formatDateTime(decision.decidedAt, timeZone)}.
            {requirement.carriedOver ? <CarriedOverBadge /> : null}
          </p>
          {decision.kind === "not-reasonable" ? (
            <p>
              <span className="label-inline">Why:</span> {decision.rationale}
            </p>
          ) : null}
          {decision.description ? (
            <p>
              <span className="label-inline">{DESCRIPTION_LABELS[decision.kind].replace(" (optional)", "")}</span> {decision.description}
            </p>
          ) : null}
          {requirement.needsDecision ? <p className="field-error">This decision is not documented enough yet: complete it.</p> : null}
          {editable ? (
            <div className="row-actions">
              {requirement.carriedOver ? <ConfirmCarriedButton label="Confirm the decision" requirementIds={[requirement.id]} /> : null}
              <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
                Change the decision
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <>
          {decision ? null : (
            <p>
              No decision is recorded yet. The practice must document whether it puts this in place, uses an equivalent alternative, or finds neither
              reasonable and appropriate, before the assessment can be finalized.
            </p>
          )}
          {editable ? <DecisionForm requirement={requirement} onDone={() => setEditing(false)} onCancel={decision ? () => setEditing(false) : undefined} /> : null}
        </>
      )}
    </section>
  );
}
