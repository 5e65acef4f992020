import type { ComponentProps } from "react";

interface ChoiceSelectProps<Choice extends string> extends ComponentProps<"select"> {
  choices: readonly Choice[];
  labels: Readonly<Record<Choice, string>>;
}

/** A drop-down of fixed choices that starts on "Choose…", so nothing is picked until the person picks it. */
export function ChoiceSelect<Choice extends string>({ choices, labels, ...select }: ChoiceSelectProps<Choice>) {
  return (
    <select {...select}>
      <option value="">Choose…</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </select>
  );
}
