import { useEffect, useState } from "react";
import type { Task, TaskCompletion } from "../../../../shared/model/task";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { formatFileSize } from "../../files/attachedFile";
import { downloadBase64 } from "../../files/download";
import { formatDateTime } from "../../format/dates";

/** Every time a task was done, latest first: the record an auditor asks for. Records cannot be changed. */
export function TaskHistory({ task, timeZone, onClose }: { task: Task; timeZone: string | undefined; onClose: () => void }) {
  const invoke = useInvoke();
  const [completions, setCompletions] = useState<TaskCompletion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("tasks.history", { id: task.id }).then((result) => {
      if (!live) return;
      if (result.ok) setCompletions(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, task.id]);

  const download = async (completion: TaskCompletion) => {
    setError(null);
    const result = await invoke("tasks.downloadEvidence", { completionId: completion.id });
    if (!result.ok) return setError(result.error.message);
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
  };

  return (
    <div>
      <FormAlert message={error} />
      {completions === null ? (
        error ? null : <p>Loading…</p>
      ) : completions.length === 0 ? (
        <p className="empty">This task has not been done yet.</p>
      ) : (
        <ol className="task-history">
          {completions.map((completion) => (
            <li key={completion.id}>
              <p className="task-history-when">
                Done on {formatDay(completion.completedOn)} by {completion.completedBy.name}
              </p>
              <p className="hint">
                It was due {formatDay(completion.dueDate)}. {completion.nextDueDate ? `Next due ${formatDay(completion.nextDueDate)}.` : "The task was closed."} Recorded{" "}
                {formatDateTime(completion.recordedAt, timeZone)}.
              </p>
              {completion.notes ? <p className="task-history-notes">{completion.notes}</p> : null}
              {completion.evidence ? (
                <p>
                  <button type="button" className="button-secondary button-small" onClick={() => void download(completion)} aria-label={`Download ${completion.evidence.fileName}`}>
                    Download {completion.evidence.fileName}
                  </button>{" "}
                  <span className="task-muted">{formatFileSize(completion.evidence.sizeBytes)}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
