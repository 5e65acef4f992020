import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { approveAcceptanceSchema, type RiskPairView } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";

const approvalFormSchema = approveAcceptanceSchema.omit({ id: true });
type ApprovalFields = { rationale: string };

/** risk.pairs.approveAcceptance: an Administrator accepts a high or critical risk, with the reason in writing. */
export function ApprovalForm({ pair }: { pair: RiskPairView }) {
  const invoke = useInvoke();
  const { reload } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ApprovalFields>({ resolver: zodResolver(approvalFormSchema), defaultValues: { rationale: "" } });

  const submit = async ({ rationale }: ApprovalFields) => {
    setFormError(null);
    const result = await invoke("risk.pairs.approveAcceptance", { id: pair.id, rationale });
    if (result.ok) await reload();
    else setFormError(applyServerError(result.error, setError, ["rationale"]));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Approve accepting this risk">
      <FormAlert message={formError} />
      <Field
        label="Why the practice accepts this risk"
        hint="For example: the server is replaced in the spring; until then the nightly online backup limits the damage. This is kept with the analysis."
        error={errors.rationale?.message}
      >
        {(props) => <textarea {...props} {...register("rationale")} rows={3} />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Approve accepting this risk
        </button>
      </div>
    </form>
  );
}
