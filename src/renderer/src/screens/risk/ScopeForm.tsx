import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { updateRiskAnalysisSchema } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";

const scopeFormSchema = updateRiskAnalysisSchema.omit({ year: true });
type ScopeFields = { scope: string; dataCollection: string };

/** risk.update: OCR's first two elements in words: what the analysis covers and how the facts were gathered. */
export function ScopeForm() {
  const invoke = useInvoke();
  const { year, detail, reload, canEdit } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ScopeFields>({
    resolver: zodResolver(scopeFormSchema),
    defaultValues: { scope: detail.analysis.scope, dataCollection: detail.analysis.dataCollection },
  });

  if (!canEdit) {
    return (
      <dl className="facts">
        <dt>What the analysis covers</dt>
        <dd>{detail.analysis.scope || "Not described."}</dd>
        <dt>How the information was gathered</dt>
        <dd>{detail.analysis.dataCollection || "Not described."}</dd>
      </dl>
    );
  }

  const submit = async (input: ScopeFields) => {
    setFormError(null);
    setSaved(null);
    const result = await invoke("risk.update", { year, ...input });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["scope", "dataCollection"]));
      return;
    }
    setSaved("Saved.");
    await reload();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Scope and method">
      <FormAlert message={formError} />
      <Field
        label="What the analysis covers"
        hint="All patient information the practice creates, receives, keeps or sends electronically, at every location and with every vendor (45 CFR 164.306(a))."
        error={errors.scope?.message}
      >
        {(props) => <textarea {...props} {...register("scope")} rows={3} />}
      </Field>
      <Field
        label="How the information was gathered"
        hint="For example: walked through the office with the IT provider, reviewed vendor contracts and last year's incidents."
        error={errors.dataCollection?.message}
      >
        {(props) => <textarea {...props} {...register("dataCollection")} rows={3} />}
      </Field>
      <StatusMessage>{saved}</StatusMessage>
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Save the scope and method
        </button>
      </div>
    </form>
  );
}
