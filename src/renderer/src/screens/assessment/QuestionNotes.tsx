import { useId, useState } from "react";
import type { QuestionView } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { useYear } from "./YearContext";

const MAX_NOTES = 10_000;

/** A question's notes, saved with their button; editing notes does not confirm a carried-over answer. */
export function QuestionNotes({ question, number, onSaved }: { question: QuestionView; number: number; onSaved: () => void }) {
  const invoke = useInvoke();
  const { detail, replace, editable } = useYear();
  const id = useId();
  const [notes, setNotes] = useState(question.notes);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = notes.trim() !== question.notes;

  const save = async () => {
    if (notes.length > MAX_NOTES) return setError("Notes can be at most 10,000 characters.");
    setBusy(true);
    setError(null);
    const result = await invoke("assessment.answer", { assessmentId: detail.assessment.id, questionId: question.id, notes });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    replace(result.value);
    onSaved();
  };

  if (!editable) {
    return (
      <div className="notes-read">
        <span className="label-inline">Notes:</span> {question.notes || "None."}
      </div>
    );
  }
  return (
    <div className="field notes-field">
      <label htmlFor={id}>Notes on question {number}</label>
      <p id={`${id}-hint`} className="hint">
        Where the proof is kept, who to ask, what still needs doing. Saved when you press “Save notes”.
      </p>
      <textarea id={id} aria-describedby={`${id}-hint`} rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
      <FormAlert message={error} />
      <div className="button-row button-row-start">
        <button type="button" className="button-secondary button-small" onClick={save} disabled={busy || !changed}>
          Save notes
        </button>
      </div>
    </div>
  );
}
