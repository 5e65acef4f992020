import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import type { RiskPairView } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";
import { EMPTY_MITIGATION, mitigationFieldOf, mitigationFormSchema, OWNER_BY_NAME, type MitigationFormInput, type MitigationFormOutput } from "./mitigationForm";

const FIELDS = ["title", "ownerChoice", "ownerName", "dueDate", "notes"];

/** risk.mitigations.add: a step to reduce the risk, into the practice's one remediation plan. */
export function MitigationForm({ pair }: { pair: RiskPairView }) {
  const invoke = useInvoke();
  const { reload } = useAnalysis();
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<MitigationFormInput, unknown, MitigationFormOutput>({ resolver: zodResolver(mitigationFormSchema), defaultValues: EMPTY_MITIGATION });
  const ownerChoice = useWatch({ control, name: "ownerChoice" });

  useEffect(() => {
    let live = true;
    void invoke("users.list", {}).then((result) => {
      if (live && result.ok) setUsers(result.value.filter((user) => user.active));
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const submit = async (step: MitigationFormOutput) => {
    setFormError(null);
    setAdded(null);
    const result = await invoke("risk.mitigations.add", { pairId: pair.id, ...step });
    if (!result.ok) {
      const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([key, message]) => [mitigationFieldOf(key), message]));
      setFormError(applyServerError({ ...result.error, fields }, setError, FIELDS));
      return;
    }
    reset(EMPTY_MITIGATION);
    setAdded(`"${step.title}" was added to the remediation plan.`);
    await reload();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Add a step to reduce this risk" className="mitigation-form">
      <FormAlert message={formError} />
      <StatusMessage>{added}</StatusMessage>
      <Field label="Step" hint="What will be done, for example: Buy a battery backup (UPS) for the server." error={errors.title?.message}>
        {(props) => <input {...props} {...register("title")} autoComplete="off" />}
      </Field>
      <div className="field-pair">
        <Field label="Owner" hint="Who will see that it gets done." error={errors.ownerChoice?.message}>
          {(props) => (
            <select {...props} {...register("ownerChoice")}>
              <option value="">No one yet</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.fullName}
                </option>
              ))}
              <option value={OWNER_BY_NAME}>Someone else (type the name)</option>
            </select>
          )}
        </Field>
        <Field label="Due date" error={errors.dueDate?.message}>
          {(props) => <input {...props} {...register("dueDate")} type="date" />}
        </Field>
      </div>
      {ownerChoice === OWNER_BY_NAME ? (
        <Field label="Owner's name" hint="For example: Bright IT Services." error={errors.ownerName?.message}>
          {(props) => <input {...props} {...register("ownerName")} autoComplete="off" />}
        </Field>
      ) : null}
      <Field label="Notes" error={errors.notes?.message}>
        {(props) => <textarea {...props} {...register("notes")} rows={2} />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Add the step to the remediation plan
        </button>
      </div>
    </form>
  );
}
