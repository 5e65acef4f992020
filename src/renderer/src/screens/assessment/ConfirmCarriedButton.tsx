import { useState } from "react";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { useYear } from "./YearContext";

interface ConfirmCarriedButtonProps {
  label: string;
  questionIds?: string[];
  requirementIds?: string[];
  onConfirmed?: () => void;
}

/** Confirms that something carried over from last year is still true; the confirming user becomes who gave it. */
export function ConfirmCarriedButton({ label, questionIds = [], requirementIds = [], onConfirmed }: ConfirmCarriedButtonProps) {
  const invoke = useInvoke();
  const { detail, replace, editable } = useYear();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!editable) return null;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke("assessment.confirmCarried", { assessmentId: detail.assessment.id, questionIds, requirementIds });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    replace(result.value);
    onConfirmed?.();
  };

  return (
    <>
      <button type="button" className="button-secondary button-small" onClick={confirm} disabled={busy}>
        {label}
      </button>
      <FormAlert message={error} />
    </>
  );
}
