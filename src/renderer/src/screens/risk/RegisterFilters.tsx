import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { RISK_LEVEL_LABELS, RISK_LEVELS } from "../../../../shared/risk/riskMatrix";
import { TREATMENT_STATUS_LABELS, TREATMENT_STATUSES } from "../../../../shared/risk/treatment";
import { Field } from "../../components/Field";
import { useAnalysis } from "./AnalysisContext";
import { EMPTY_REGISTER_FORM, registerFormSchema, type RegisterFormInput, type RegisterFormOutput } from "./registerForm";

/** Filter the register by asset, threat, level and where the treatment stands, or by words. */
export function RegisterFilters({ onApply }: { onApply: (filter: RegisterFormOutput) => void }) {
  const { detail } = useAnalysis();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<RegisterFormInput, unknown, RegisterFormOutput>({ resolver: zodResolver(registerFormSchema), defaultValues: EMPTY_REGISTER_FORM });
  const assets = detail.assets.filter((asset) => asset.retired === null);
  const threats = new Map<string, string>();
  for (const pair of detail.pairs) threats.set(pair.threatId ?? "custom", pair.threatId ? pair.threatName : "Threats you described");

  return (
    <form onSubmit={handleSubmit(onApply)} noValidate className="filters" aria-label="Filter the register">
      <div className="filter-grid">
        <Field label="Asset">
          {(props) => (
            <select {...props} {...register("assetId")}>
              <option value="">All assets</option>
              {assets.map((asset) => (
                <option key={asset.id} value={asset.id}>
                  {asset.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Threat">
          {(props) => (
            <select {...props} {...register("threatId")}>
              <option value="">All threats</option>
              {[...threats.entries()]
                .sort((a, b) => a[1].localeCompare(b[1]))
                .map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label="Level">
          {(props) => (
            <select {...props} {...register("level")}>
              <option value="">All levels</option>
              {[...RISK_LEVELS].reverse().map((level) => (
                <option key={level} value={level}>
                  {RISK_LEVEL_LABELS[level]}
                </option>
              ))}
              <option value="unrated">Not rated</option>
            </select>
          )}
        </Field>
        <Field label="Level counted">
          {(props) => (
            <select {...props} {...register("levelBasis")}>
              <option value="residual">With current safeguards</option>
              <option value="inherent">Without safeguards</option>
            </select>
          )}
        </Field>
        <Field label="Treatment status">
          {(props) => (
            <select {...props} {...register("status")}>
              <option value="">Any status</option>
              {TREATMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {TREATMENT_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Words" hint="In the asset, threat, weakness or safeguards." error={errors.text?.message}>
          {(props) => <input {...props} {...register("text")} type="search" autoComplete="off" />}
        </Field>
      </div>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary">
          Show matching risks
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            reset(EMPTY_REGISTER_FORM);
            void handleSubmit(onApply)();
          }}
        >
          Clear the filters
        </button>
      </div>
    </form>
  );
}
