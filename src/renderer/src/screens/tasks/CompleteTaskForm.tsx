import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { completeTaskSchema, type Task, type TaskCompleted } from "../../../../shared/model/task";
import { isCalendarDate } from "../../../../shared/rules/calendarDates";
import { nextDueDate, RECURRENCE_LABELS } from "../../../../shared/rules/recurrence";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { attachedFileProblem } from "../../files/attachedFile";
import { readFileForUpload, type Base64File } from "../../files/download";
import { applyServerError } from "../../forms/serverErrors";

const FIELDS = ["completedOn", "notes"];

/** The fields the person types; the file is picked separately and checked before it is read. */
function completionFormSchema(today: string) {
  return completeTaskSchema
    .pick({ completedOn: true, notes: true })
    .refine((values) => !isCalendarDate(values.completedOn) || values.completedOn <= today, {
      message: `The day the work was done cannot be after today (${formatDay(today)}).`,
      path: ["completedOn"],
    });
}
type FormInput = z.input<ReturnType<typeof completionFormSchema>>;
type FormValues = z.output<ReturnType<typeof completionFormSchema>>;

interface CompleteTaskFormProps {
  task: Task;
  today: string;
  onCompleted: (done: TaskCompleted) => void;
  onCancel: () => void;
}

/** tasks.complete: when it was done, notes, and a file that shows it (optional). */
export function CompleteTaskForm({ task, today, onCompleted, onCancel }: CompleteTaskFormProps) {
  const invoke = useInvoke();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({ resolver: zodResolver(completionFormSchema(today)), defaultValues: { completedOn: today, notes: "" } });
  const completedOn = useWatch({ control, name: "completedOn" });
  const next =
    task.recurrence !== "none" && isCalendarDate(completedOn ?? "") && (completedOn ?? "") <= today
      ? nextDueDate({ dueDate: task.dueDate, recurrence: task.recurrence, completedOn: completedOn ?? today, scheduleDay: task.scheduleDay })
      : null;

  const submit = async (values: FormValues) => {
    setFormError(null);
    setFileError(null);
    let evidence: Base64File | null = null;
    if (file) {
      const problem = attachedFileProblem(file);
      if (problem) return setFileError(problem);
      try {
        evidence = await readFileForUpload(file);
      } catch (failure) {
        return setFileError(failure instanceof Error ? failure.message : "The file could not be read. Choose it again.");
      }
    }
    const result = await invoke("tasks.complete", { id: task.id, ...values, evidence });
    if (result.ok) return onCompleted(result.value);
    const fields = result.error.fields ?? {};
    if (fields.evidence) setFileError(fields.evidence);
    const others = Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "evidence"));
    setFormError(applyServerError({ ...result.error, fields: others }, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>
        Due {formatDay(task.dueDate)}. {RECURRENCE_LABELS[task.recurrence]}.
      </p>
      <FormAlert message={formError} />
      <Field label="Day the work was done" error={errors.completedOn?.message}>
        {(control) => <input {...control} {...register("completedOn")} type="date" max={today} className="input-date" autoFocus />}
      </Field>
      <Field label="Notes (optional)" hint="What was checked or done, what was found, and anything that needs follow-up." error={errors.notes?.message}>
        {(control) => <textarea {...control} {...register("notes")} rows={4} />}
      </Field>
      <div className={fileError ? "field field-invalid" : "field"}>
        <label htmlFor={fileId}>File that shows the work (optional)</label>
        <p id={`${fileId}-hint`} className="hint">
          For example a signed checklist or a screenshot. PDF, PNG, JPG, Word (.docx), Excel (.xlsx), text or CSV, up to 20 MB. It is stored encrypted inside the vault.
        </p>
        <input
          id={fileId}
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv"
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(null);
          }}
        />
        {fileError ? (
          <p id={`${fileId}-error`} className="field-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <p className="task-next" aria-live="polite">
        {task.recurrence === "none" ? "This task is done once: recording it closes the task." : next ? `Once recorded, it will next be due on ${formatDay(next)}.` : ""}
      </p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Recording…" : "Record as done"}
        </button>
      </div>
    </form>
  );
}
