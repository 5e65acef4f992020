import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { finalizeRiskAnalysisSchema } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Field } from "../../components/Field";
import { useAnalysis } from "./AnalysisContext";
import { forSchema } from "./forSchema";

const finalizeInputSchema = finalizeRiskAnalysisSchema.omit({ year: true });
const finalizeFormSchema = z
  .object({ reviewIntervalMonths: z.string() })
  .transform((form) =>
    forSchema(finalizeInputSchema, { reviewIntervalMonths: form.reviewIntervalMonths.trim() === "" ? undefined : Number(form.reviewIntervalMonths) }),
  )
  .pipe(finalizeInputSchema);

type FinalizeFormInput = z.input<typeof finalizeFormSchema>;
type FinalizeFormOutput = z.output<typeof finalizeFormSchema>;

/**
 * risk.finalize: locks the year with who and when and sets the next review. The main process checks
 * that nothing is missing and, if something is, its refusal names what.
 */
export function FinalizeForm() {
  const invoke = useInvoke();
  const { year, reload } = useAnalysis();
  const [confirming, setConfirming] = useState<FinalizeFormOutput | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FinalizeFormInput, unknown, FinalizeFormOutput>({ resolver: zodResolver(finalizeFormSchema), defaultValues: { reviewIntervalMonths: "12" } });

  const finalize = async (): Promise<string | null> => {
    if (!confirming) return null;
    const result = await invoke("risk.finalize", { year, ...confirming });
    if (!result.ok) {
      await reload();
      return result.error.message;
    }
    setConfirming(null);
    await reload();
    return null;
  };

  return (
    <form onSubmit={handleSubmit((input) => setConfirming(input))} noValidate aria-label="Finalize the analysis">
      <Field label="Review again after this many months" hint="12 unless the practice wants to look sooner." error={errors.reviewIntervalMonths?.message}>
        {(props) => <input {...props} {...register("reviewIntervalMonths")} inputMode="numeric" className="input-short" autoComplete="off" />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary">
          {`Finalize the ${year} analysis`}
        </button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={`Finalize the ${year} risk analysis?`}
        confirmLabel="Finalize and lock"
        onConfirm={finalize}
        onCancel={() => setConfirming(null)}
      >
        <p>Finalizing records your name and today&apos;s date and locks the analysis: its assets, risks, ratings and decisions can no longer change.</p>
        <p>Steps in the remediation plan can still be added and marked done.</p>
      </ConfirmDialog>
    </form>
  );
}
