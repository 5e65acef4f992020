import { useId, type ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

interface RadioOptionProps {
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  registration: UseFormRegisterReturn;
  disabled?: boolean;
}

/** One choice of a radio group: the label beside the button, an explanation read out with it. */
export function RadioOption({ label, hint, value, registration, disabled }: RadioOptionProps) {
  const id = useId();
  return (
    <div className="radio-option">
      <input type="radio" id={id} value={value} disabled={disabled} {...registration} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
