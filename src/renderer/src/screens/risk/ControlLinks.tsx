import type { UseFormRegisterReturn } from "react-hook-form";
import { findQuestion } from "../../../../shared/catalog";

/**
 * Links from the risk to the assessment questions whose answers show its safeguards (OCR element 4).
 * Offered: the catalog's questions for the threat, and any already linked.
 */
export function ControlLinks({ questionIds, registration, disabled }: { questionIds: readonly string[]; registration: UseFormRegisterReturn; disabled?: boolean }) {
  const questions = questionIds.map((id) => ({ id, question: findQuestion(id) })).filter((entry) => entry.question !== undefined);
  if (questions.length === 0) return null;
  return (
    <fieldset className="plain-fieldset field">
      <legend className="risk-legend">Assessment questions that show these safeguards</legend>
      <p className="hint">Check the questions of the safeguard assessment whose answers show what is in place. The report lists them with the risk.</p>
      <ul className="control-links">
        {questions.map(({ id, question }) => (
          <li key={id}>
            <label className="checkbox-inline">
              <input type="checkbox" value={id} disabled={disabled} {...registration} />
              <span>
                <span className="cfr">{`45 CFR ${question!.cfr}`}</span> {question!.text}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
