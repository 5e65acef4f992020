import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { UserSummary } from "../../../../shared/model/account";
import { createTaskSchema, type Task } from "../../../../shared/model/task";
import { RECURRENCE_LABELS, RECURRENCES } from "../../../../shared/rules/recurrence";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

type FormInput = z.input<typeof createTaskSchema>;
type FormValues = z.output<typeof createTaskSchema>;
const FIELDS = ["title", "ownerUserId", "dueDate", "recurrence", "cfr", "notes"];

interface TaskFormProps {
  /** The task to edit; null to add one. */
  task: Task | null;
  owners: UserSummary[];
  /** The owner a new task starts with (the signed-in user). */
  defaultOwnerId: string;
  defaultDueDate: string;
  onSaved: (task: Task) => void;
  onCancel: () => void;
}

/** tasks.create and tasks.update: what, who, when, how often. */
export function TaskForm({ task, owners, defaultOwnerId, defaultDueDate, onSaved, onCancel }: TaskFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const ownerIsActive = task === null || task.owner.active;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(createTaskSchema),
    defaultValues: task
      ? { title: task.title, ownerUserId: ownerIsActive ? task.owner.userId : "", dueDate: task.dueDate, recurrence: task.recurrence, cfr: task.cfr, notes: task.notes }
      : { title: "", ownerUserId: defaultOwnerId, dueDate: defaultDueDate, recurrence: "annual", cfr: "", notes: "" },
  });

  const submit = async (values: FormValues) => {
    setFormError(null);
    const result = task ? await invoke("tasks.update", { id: task.id, ...values }) : await invoke("tasks.create", values);
    if (result.ok) onSaved(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <Field label="What needs doing" error={errors.title?.message}>
        {(control) => <input {...control} {...register("title")} autoComplete="off" autoFocus />}
      </Field>
      <Field
        label="Responsible"
        hint={ownerIsActive ? "The person who makes sure it gets done." : `${task?.owner.name} no longer has an account. Choose someone else.`}
        error={errors.ownerUserId?.message}
      >
        {(control) => (
          <select {...control} {...register("ownerUserId")}>
            {ownerIsActive ? null : <option value="">Choose someone</option>}
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.fullName}
                {owner.title ? ` (${owner.title})` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Due date" hint="A date on the last day of a month keeps to month ends when the task repeats." error={errors.dueDate?.message}>
        {(control) => <input {...control} {...register("dueDate")} type="date" className="input-date" />}
      </Field>
      <Field label="Repeats" error={errors.recurrence?.message}>
        {(control) => (
          <select {...control} {...register("recurrence")}>
            {RECURRENCES.map((value) => (
              <option key={value} value={value}>
                {RECURRENCE_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Rule reference (optional)" hint="The paragraph of the Security Rule it serves, for example 164.308(a)(5)." error={errors.cfr?.message}>
        {(control) => <input {...control} {...register("cfr")} autoComplete="off" className="input-medium" />}
      </Field>
      <Field label="Notes (optional)" hint="How to do it, where things are, who to call." error={errors.notes?.message}>
        {(control) => <textarea {...control} {...register("notes")} rows={4} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {task ? "Save changes" : "Add the task"}
        </button>
      </div>
    </form>
  );
}
