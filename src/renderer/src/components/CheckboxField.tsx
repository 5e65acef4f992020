import { useId, type InputHTMLAttributes } from "react";

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id"> {
  label: string;
  explanation: string;
  error?: string | undefined;
}

/** A checkbox with its label beside it and a one-line explanation read out with it. */
export function CheckboxField({ label, explanation, error, ...input }: CheckboxFieldProps) {
  const id = useId();
  const describedBy = error ? `${id}-explain ${id}-error` : `${id}-explain`;
  return (
    <div className="field field-checkbox">
      <input type="checkbox" id={id} aria-describedby={describedBy} {...input} />
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-explain`} className="hint">
          {explanation}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
