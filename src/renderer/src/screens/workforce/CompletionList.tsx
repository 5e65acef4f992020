import type { TrainingCompletion } from "../../../../shared/model/training";
import { formatDay, formatMoment } from "../../../../shared/time/zonedTime";
import { CertificateFiles } from "./CertificateFiles";

interface CompletionListProps {
  completions: TrainingCompletion[];
  editable: boolean;
  timeZone: string;
  onChanged: () => Promise<void>;
}

/** One person's training records, newest first, each with the signed statement and its certificates. */
export function CompletionList({ completions, editable, timeZone, onChanged }: CompletionListProps) {
  if (completions.length === 0) return <p className="empty">No training recorded yet.</p>;
  return (
    <ol className="completion-list">
      {completions.map((completion) => (
        <li key={completion.id} className="completion">
          <h3 className="completion-heading">
            Training of {formatDay(completion.completedOn)}
            {completion.trainer ? `, given by ${completion.trainer}` : ""}
          </h3>
          <p>
            <strong>Topics:</strong> {completion.topics.map((topic) => topic.name).join(", ")}
          </p>
          <div className="acknowledgment">
            <p className="acknowledgment-title">
              Signed by typing “{completion.acknowledgment.typedName}” on {formatMoment(completion.acknowledgment.at, timeZone)}
            </p>
            <p className="acknowledgment-text">{completion.acknowledgment.wording}</p>
          </div>
          <p className="hint">
            Recorded by {completion.recordedBy.name} on {formatMoment(completion.recordedAt, timeZone)}.
          </p>
          <CertificateFiles completion={completion} editable={editable} timeZone={timeZone} onChanged={onChanged} />
        </li>
      ))}
    </ol>
  );
}
