import { useState } from "react";
import { findQuestion } from "../../../../shared/catalog";
import type { QuestionView } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { AnswerOptions } from "./AnswerOptions";
import { AnsweredBy } from "./AnsweredBy";
import { CarriedOverBadge } from "./CarriedOverBadge";
import { ConfirmCarriedButton } from "./ConfirmCarriedButton";
import { QuestionExtras } from "./QuestionExtras";
import { useYear } from "./YearContext";

/** One question: its answers (saved the moment one is chosen), who gave it, and its notes and evidence. */
export function QuestionCard({ question, number, of }: { question: QuestionView; number: number; of: number }) {
  const invoke = useInvoke();
  const { detail, replace, editable } = useYear();
  const entry = findQuestion(question.id);
  // The choice shows at once; the saved assessment replaces it when the main process answers.
  const [pending, setPending] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!entry) return null;

  const choose = async (value: string) => {
    setPending(value);
    setStatus("Saving…");
    setError(null);
    const result = await invoke("assessment.answer", { assessmentId: detail.assessment.id, questionId: question.id, value });
    setPending(null);
    if (!result.ok) {
      setStatus("");
      setError(result.error.message);
      return;
    }
    replace(result.value);
    setStatus("Saved");
  };

  const carried = question.carriedOver && question.answer !== null;
  return (
    <div className={carried ? "question question-carried" : "question"} data-question-id={question.id}>
      <AnswerOptions
        question={entry}
        legend={`Question ${number} of ${of}: ${entry.text}`}
        selected={pending ?? question.answer?.value ?? null}
        disabled={!editable}
        onChoose={(value) => void choose(value)}
      />
      <div className="question-meta">
        <span role="status" className="save-status">
          {status}
        </span>
        <AnsweredBy question={question} />
        {carried ? (
          <>
            <CarriedOverBadge />
            <ConfirmCarriedButton label="Confirm this answer" questionIds={[question.id]} onConfirmed={() => setStatus("Saved")} />
          </>
        ) : null}
      </div>
      <FormAlert message={error} />
      <QuestionExtras question={question} number={number} onSaved={() => setStatus("Saved")} />
    </div>
  );
}
