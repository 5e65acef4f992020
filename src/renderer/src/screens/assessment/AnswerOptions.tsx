import type { Question } from "../../../../shared/catalog";

interface AnswerOptionsProps {
  question: Question;
  legend: string;
  selected: string | null;
  disabled: boolean;
  onChoose: (value: string) => void;
}

/** The catalog's answers as radio buttons, each with what it means for compliance; the most effective one is marked. */
export function AnswerOptions({ question, legend, selected, disabled, onChoose }: AnswerOptionsProps) {
  return (
    <fieldset className="plain-fieldset answer-options">
      <legend className="question-text">{legend}</legend>
      {question.options.map((option) => {
        const id = `${question.id}-${option.value}`;
        return (
          <div key={option.value} className={selected === option.value ? "choice answer-option chosen" : "choice answer-option"}>
            <input
              type="radio"
              id={id}
              name={question.id}
              value={option.value}
              checked={selected === option.value}
              disabled={disabled}
              aria-describedby={`${id}-explain`}
              onChange={() => onChoose(option.value)}
            />
            <div>
              <label htmlFor={id}>
                {option.label}
                {option.isMostEffective ? (
                  <>
                    {" "}
                    <span className="badge badge-best">Most effective</span>
                  </>
                ) : null}
              </label>
              <p id={`${id}-explain`} className="hint">
                {option.explanation}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
