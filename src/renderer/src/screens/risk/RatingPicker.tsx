import type { UseFormRegisterReturn } from "react-hook-form";
import type { ScaleLevel } from "../../../../shared/risk/riskScale";
import { RadioOption } from "./RadioOption";

interface RatingPickerProps {
  legend: string;
  scale: readonly ScaleLevel[];
  registration: UseFormRegisterReturn;
  error: string | undefined;
}

/** One 1–5 scale as radio buttons, each level's plain-language description beside it. */
export function RatingPicker({ legend, scale, registration, error }: RatingPickerProps) {
  return (
    <fieldset className="plain-fieldset field rating-picker">
      <legend className="risk-legend">{legend}</legend>
      {scale.map((level) => (
        <RadioOption key={level.value} value={String(level.value)} registration={registration} label={`${level.value} ${level.name}`} hint={level.description} />
      ))}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
