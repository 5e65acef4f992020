import type { QuestionView } from "../../../../shared/model/assessment";
import { formatDateTime } from "../../format/dates";
import { useYear } from "./YearContext";

/** Who gave the answer and when, and who last changed the question if that came later (notes, say). */
export function AnsweredBy({ question }: { question: QuestionView }) {
  const { detail, timeZone } = useYear();
  const { answer } = question;
  if (answer && question.carriedOver) {
    const from = detail.assessment.carriedFrom?.year;
    return (
      <span className="answered-by">
        Answered by {answer.answeredBy.name} on {formatDateTime(answer.answeredAt, timeZone)}
        {from ? ` in the ${from} assessment` : ""}.
      </span>
    );
  }
  const lastChange =
    question.lastChangedBy && question.lastChangedAt && question.lastChangedAt !== answer?.answeredAt
      ? `Last changed by ${question.lastChangedBy.name} on ${formatDateTime(question.lastChangedAt, timeZone)}.`
      : null;
  if (!answer) return <span className="answered-by">{lastChange ? `Not answered yet. ${lastChange}` : "Not answered yet."}</span>;
  return (
    <span className="answered-by">
      Answered by {answer.answeredBy.name} on {formatDateTime(answer.answeredAt, timeZone)}.{lastChange ? ` ${lastChange}` : ""}
    </span>
  );
}
