import type { QuestionView } from "../../../../shared/model/assessment";
import { EvidenceFiles } from "./EvidenceFiles";
import { plural } from "./labels";
import { QuestionNotes } from "./QuestionNotes";
import { useYear } from "./YearContext";

/** Notes and evidence files, folded away until wanted (or until there is something in them). */
export function QuestionExtras({ question, number, onSaved }: { question: QuestionView; number: number; onSaved: () => void }) {
  const { evidence } = useYear();
  const files = evidence.filter((item) => item.questionId === question.id);
  const summary = [question.notes ? "notes written" : "no notes", plural(files.length, "file", "files")].join(", ");
  return (
    <details className="question-extras" open={question.notes !== "" || files.length > 0 ? true : undefined}>
      <summary>
        Notes and evidence for question {number} <span className="hint-inline">({summary})</span>
      </summary>
      <QuestionNotes question={question} number={number} onSaved={onSaved} />
      <EvidenceFiles questionId={question.id} files={files} number={number} />
    </details>
  );
}
