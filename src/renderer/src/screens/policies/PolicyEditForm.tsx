import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { policyTextSchema, type PolicyDetail, type PolicyVersionView } from "../../../../shared/model/policy";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

const FIELDS = ["title", "body", "changeSummary"];

type FormInput = z.input<typeof policyTextSchema>;
type FormOutput = z.output<typeof policyTextSchema>;

interface PolicyEditFormProps {
  policyId: string;
  base: PolicyVersionView;
  onSaved: (detail: PolicyDetail) => void;
  onCancel: () => void;
}

/**
 * policies.edit: the title and text in plain text boxes. Saving always makes a new draft version; the
 * version it started from stays as it was. On any refusal the typed text stays on screen.
 */
export function PolicyEditForm({ policyId, base, onSaved, onCancel }: PolicyEditFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(policyTextSchema),
    defaultValues: { title: base.title, body: base.body, changeSummary: "" },
  });

  const submit = async (values: FormOutput) => {
    setFormError(null);
    const result = await invoke("policies.edit", { policyId, baseVersionId: base.id, ...values });
    if (result.ok) onSaved(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form className="policy-edit-form" onSubmit={handleSubmit(submit)} noValidate>
      <p>
        You are changing version {base.number}. Saving makes version {base.number + 1}, a draft that takes effect once an Administrator approves it; version {base.number}{" "}
        stays in the history as it is.
      </p>
      <FormAlert message={formError} />
      <Field label="Title" error={errors.title?.message}>
        {(control) => <input {...control} {...register("title")} autoComplete="off" />}
      </Field>
      <Field
        label="Policy text"
        hint={
          <p>
            Plain text. Start a section heading with <code>##</code> and a space, start each bullet with <code>-</code> and a space, and leave an empty line between
            paragraphs.
          </p>
        }
        error={errors.body?.message}
      >
        {(control) => <textarea {...control} {...register("body")} rows={28} className="policy-body-input" spellCheck />}
      </Field>
      <Field label="What you changed and why" hint="For the change history, for example: Named our new IT provider." error={errors.changeSummary?.message}>
        {(control) => <textarea {...control} {...register("changeSummary")} rows={2} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Save as a new draft
        </button>
      </div>
    </form>
  );
}
