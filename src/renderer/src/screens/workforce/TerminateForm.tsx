import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { terminateMemberSchema, type MemberDetail, type WorkforceMember } from "../../../../shared/model/workforce";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

type TerminateInput = z.input<typeof terminateMemberSchema>;
type Terminate = z.output<typeof terminateMemberSchema>;

/** workforce.terminate: the last day of work; the access-removal checklist opens with it (164.308(a)(3)(ii)(C)). */
export function TerminateForm({ member, today, onDone, onCancel }: { member: WorkforceMember; today: string; onDone: (detail: MemberDetail) => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TerminateInput, unknown, Terminate>({
    resolver: zodResolver(terminateMemberSchema),
    defaultValues: { memberId: member.id, terminationDate: today, note: "" },
  });

  const submit = async (values: Terminate) => {
    setFormError(null);
    const result = await invoke("workforce.terminate", values);
    if (result.ok) onDone(result.value);
    else setFormError(applyServerError(result.error, setError, ["terminationDate", "note"]));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>
        Recording {member.fullName}’s last day opens a checklist for removing their access: keys and badges, the practice software, e-mail, shared
        passwords{member.account ? " and their Safeguard Desk account" : ""}. Their training records are kept.
      </p>
      <FormAlert message={formError} />
      <Field label="Last day of work" error={errors.terminationDate?.message}>
        {(control) => <input {...control} {...register("terminationDate")} type="date" className="input-date" autoFocus />}
      </Field>
      <Field label="Note" hint="For example: moved away, or the reason for ending the job. You can leave this empty." error={errors.note?.message}>
        {(control) => <textarea {...control} {...register("note")} rows={3} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Record the last day and open the checklist
        </button>
      </div>
    </form>
  );
}
