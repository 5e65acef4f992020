import { useState, type FormEvent } from "react";
import type { PolicyDetail, PolicyVersionView } from "../../../../shared/model/policy";
import { acknowledgmentStatement } from "../../../../shared/rules/policyAcknowledgment";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";

interface AcknowledgeFormProps {
  practiceName: string;
  version: PolicyVersionView;
  onDone: (detail: PolicyDetail, name: string) => void;
  onCancel: () => void;
}

/**
 * policies.acknowledge, on the shared front-desk computer: the person reads the statement and types
 * their own name, as for a training acknowledgment. The statement shown is the one stored.
 */
export function AcknowledgeForm({ practiceName, version, onDone, onCancel }: AcknowledgeFormProps) {
  const invoke = useInvoke();
  const [typedName, setTypedName] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const statement = acknowledgmentStatement(typedName.trim() ? typedName : "(your full name)", {
    practiceName,
    policyTitle: version.title,
    versionNumber: version.number,
    effectiveFrom: version.effectiveFrom ?? "",
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!typedName.trim()) {
      setFieldError("Type your own full name to sign.");
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    const result = await invoke("policies.acknowledge", { versionId: version.id, typedName });
    setBusy(false);
    if (result.ok) return onDone(result.value, typedName.trim());
    const own = result.error.fields?.typedName;
    setFieldError(own);
    if (!own) setFormError(result.error.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <p>
        The person acknowledging reads the policy, then the statement below, and types their own full name as it is on their account or on the workforce roster.
        Typing it is their signature.
      </p>
      <div className="acknowledgment-box">
        <p className="acknowledgment-title">The statement</p>
        <p>{statement}</p>
      </div>
      <Field label="Type your full name to sign" error={fieldError}>
        {(control) => <input {...control} value={typedName} onChange={(event) => setTypedName(event.target.value)} autoComplete="off" spellCheck={false} autoFocus />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          Sign the acknowledgment
        </button>
      </div>
    </form>
  );
}
