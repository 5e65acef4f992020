import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { UserSummary } from "../../../../shared/model/account";
import { memberInputSchema, type WorkforceMember } from "../../../../shared/model/workforce";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

/** The form's own shape: the account is a <select> whose empty value means "no account". */
const memberFormSchema = memberInputSchema.extend({ userId: z.string() });
type MemberFormInput = z.input<typeof memberFormSchema>;
type MemberFormValues = z.output<typeof memberFormSchema>;
const FIELDS = ["fullName", "jobTitle", "hireDate", "userId"];

interface MemberFormProps {
  /** Null to add a new person. */
  member: WorkforceMember | null;
  onSaved: (member: WorkforceMember) => void;
  onCancel: () => void;
}

/** workforce.add and workforce.update: name, job title, hire date and, optionally, the person's app account. */
export function MemberForm({ member, onSaved, onCancel }: MemberFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<UserSummary[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MemberFormInput, unknown, MemberFormValues>({
    resolver: zodResolver(memberFormSchema),
    defaultValues: { fullName: member?.fullName ?? "", jobTitle: member?.jobTitle ?? "", hireDate: member?.hireDate ?? "", userId: member?.account?.id ?? "" },
  });

  // Offer the active accounts nobody else on the roster has.
  useEffect(() => {
    let live = true;
    void Promise.all([invoke("users.list", {}), invoke("workforce.list", {})]).then(([users, roster]) => {
      if (!live || !users.ok) return;
      const taken = new Set(roster.ok ? roster.value.flatMap((entry) => (entry.account && entry.id !== member?.id ? [entry.account.id] : [])) : []);
      setAccounts(users.value.filter((user) => (user.active && !taken.has(user.id)) || user.id === member?.account?.id));
    });
    return () => {
      live = false;
    };
  }, [invoke, member]);

  const submit = async (values: MemberFormValues) => {
    setFormError(null);
    const payload = { ...values, userId: values.userId || null };
    const result = member ? await invoke("workforce.update", { memberId: member.id, member: payload }) : await invoke("workforce.add", payload);
    if (result.ok) onSaved(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS, member ? "member." : ""));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <Field label="Full name" hint="As the person writes it. They type this name to sign for their training." error={errors.fullName?.message}>
        {(control) => <input {...control} {...register("fullName")} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Job title" hint="For example: Dental Hygienist, Front Desk. You can leave this empty." error={errors.jobTitle?.message}>
        {(control) => <input {...control} {...register("jobTitle")} autoComplete="off" />}
      </Field>
      <Field label="Hire date" hint="Their first training is due within the set number of days after this date." error={errors.hireDate?.message}>
        {(control) => <input {...control} {...register("hireDate")} type="date" className="input-date" />}
      </Field>
      <Field label="App account" hint="Only if this person signs in to Safeguard Desk. Most staff do not need an account." error={errors.userId?.message}>
        {(control) => (
          <select {...control} {...register("userId")}>
            <option value="">No app account</option>
            {accounts.map((user) => (
              <option key={user.id} value={user.id}>
                {user.fullName} ({user.username})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {member ? "Save changes" : "Add to the roster"}
        </button>
      </div>
    </form>
  );
}
