import type { UseFormRegisterReturn } from "react-hook-form";
import { TREATMENT_DESCRIPTIONS, TREATMENT_LABELS, TREATMENTS } from "../../../../shared/risk/treatment";
import { RadioOption } from "./RadioOption";

/** Risk management's choice for the risk (45 CFR 164.308(a)(1)(ii)(B)): reduce, accept, transfer or avoid. */
export function TreatmentPicker({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  return (
    <fieldset className="plain-fieldset field">
      <legend className="risk-legend">What will the practice do about it?</legend>
      {TREATMENTS.map((treatment) => (
        <RadioOption key={treatment} value={treatment} registration={registration} label={TREATMENT_LABELS[treatment]} hint={TREATMENT_DESCRIPTIONS[treatment]} />
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
