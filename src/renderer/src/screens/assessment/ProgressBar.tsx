import type { AssessmentProgress } from "../../../../shared/model/assessment";
import { plural } from "./labels";

interface ProgressBarProps {
  /** The accessible name, e.g. "Progress of Technical safeguards". */
  label: string;
  progress: AssessmentProgress;
  /** Only the bar and the figures, for a table cell or a card. */
  compact?: boolean;
}

/** Answered questions out of those that apply, with the carried-over answers still to confirm said apart. */
export function ProgressBar({ label, progress, compact }: ProgressBarProps) {
  const figures =
    progress.total === 0
      ? "Nothing here applies to the practice"
      : `${progress.answered} of ${plural(progress.total, "question", "questions")} answered (${progress.percent}%)`;
  return (
    <div className={compact ? "progress progress-compact" : "progress"}>
      {compact ? null : (
        <div className="progress-label" aria-hidden="true">
          {label}
        </div>
      )}
      <progress aria-label={label} aria-valuetext={figures} max={100} value={progress.percent} />
      <div className="progress-figures">
        {figures}
        {progress.awaitingConfirmation > 0 ? <span className="carried-count"> · {progress.awaitingConfirmation} carried over to confirm</span> : null}
      </div>
    </div>
  );
}
