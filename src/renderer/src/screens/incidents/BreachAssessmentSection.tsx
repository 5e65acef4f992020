import { Fragment, useId, useState } from "react";
import { useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import type { BreachAssessmentInput, BreachAssessmentView } from "../../../../shared/model/incident";
import {
  BREACH_EXCEPTION_INFO,
  BREACH_EXCEPTIONS,
  BREACH_FACTORS,
  FACTOR_INFO,
  factorFinding,
  outcomeLabel,
  SAFE_HARBOR_ANSWERS,
  SAFE_HARBOR_CITE,
  SAFE_HARBOR_INFO,
  type BreachOutcome,
} from "../../../../shared/rules/breachAssessment";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { mayUse } from "../settings/permissions";
import type { SectionProps } from "./IncidentPage";
import { WithdrawSignOff } from "./WithdrawSignOff";

type Step = 1 | 2 | 3 | 4;

const STEPS: { step: Step; title: string }[] = [
  { step: 1, title: "Exceptions" },
  { step: 2, title: "Was it secured?" },
  { step: 3, title: "The four factors" },
  { step: 4, title: "Conclusion and sign-off" },
];

function firstStep(outcome: BreachOutcome): Step {
  if (outcome.kind !== "incomplete") return 4;
  return outcome.nextStep === "exceptions" ? 1 : outcome.nextStep === "safe-harbor" ? 2 : 3;
}

function inputOf(view: BreachAssessmentView): BreachAssessmentInput {
  const { exception, exceptionNotes, safeHarbor, safeHarborNotes, factorAnswers, factorNotes, summary } = view;
  return { exception, exceptionNotes, safeHarbor, safeHarborNotes, factorAnswers: { ...factorAnswers }, factorNotes: { ...factorNotes }, summary };
}

/** A radio choice with its label and plain-English explanation read out together. */
function Choice({ value, label, explanation, registration }: { value: string; label: string; explanation?: string; registration: UseFormRegisterReturn }) {
  const id = useId();
  return (
    <div className="radio-option">
      <input type="radio" id={id} value={value} aria-describedby={explanation ? `${id}-hint` : undefined} {...registration} />
      <div>
        <label htmlFor={id}>{label}</label>
        {explanation ? (
          <p id={`${id}-hint`} className="hint">
            {explanation}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The guided breach assessment of 45 CFR 164.402: the three exceptions, the encryption safe harbor,
 * the four factors, then the conclusion, signed off by an Administrator.
 */
export function BreachAssessmentSection({ detail, editable, onUpdated }: SectionProps) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const assessment = detail.assessment!;
  const signed = assessment.signedOff !== null;
  const canAnswer = editable && !signed;
  const [step, setStep] = useState<Step>(() => firstStep(assessment.outcome));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [stepErrors, setStepErrors] = useState<Record<string, string>>({});
  const form = useForm<BreachAssessmentInput>({ defaultValues: inputOf(assessment) });
  const { register, control, getValues, reset } = form;
  const values = useWatch({ control }) as BreachAssessmentInput;
  const dirty = form.formState.isDirty;

  const save = async (next: Step | null, message: string) => {
    setError(null);
    setStatus(null);
    const result = await invoke("incidents.assessment.save", { incidentId: detail.incident.id, assessment: getValues() });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onUpdated(result.value);
    reset(inputOf(result.value.assessment!));
    setStatus(message);
    if (next) setStep(next);
  };

  const goOn = async (current: Step) => {
    const v = getValues();
    const problems: Record<string, string> = {};
    if (current === 1 && v.exception === null) problems.exception = "Choose one of the answers.";
    if (current === 2 && v.safeHarbor === null) problems.safeHarbor = "Choose one of the answers.";
    if (current === 3) {
      for (const factor of BREACH_FACTORS) {
        for (const question of FACTOR_INFO[factor].questions) {
          if (!v.factorAnswers[question.id]) problems[question.id] = "Choose one of the answers.";
        }
      }
    }
    setStepErrors(problems);
    if (Object.keys(problems).length > 0) {
      setError("Some questions are not answered yet: see the messages below.");
      return;
    }
    const next: Step = current === 1 ? (v.exception === "none" ? 2 : 4) : current === 2 ? (v.safeHarbor === "unsecured" ? 3 : 4) : 4;
    if (!canAnswer) {
      setStep(next);
      return;
    }
    await save(next, "Saved.");
  };

  const signOff = async () => {
    setError(null);
    setStatus(null);
    const result = await invoke("incidents.assessment.signOff", { incidentId: detail.incident.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onUpdated(result.value);
    setStatus("The assessment was signed off.");
  };

  const stepError = (key: string) => (stepErrors[key] ? <p className="field-error">{stepErrors[key]}</p> : null);
  const timeZone = practice?.timeZone;

  return (
    <section className="incident-section assessment-section" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Breach assessment</h2>
      <p>
        Patient information was, or may have been, involved. The law presumes a breach unless the practice shows otherwise, in this order: an
        exception applies, the information was secured, or the four factors show a low probability that it was compromised (45 CFR 164.402). Work
        through the steps; your answers are saved as you go.
      </p>
      <ol className="assessment-steps">
        {STEPS.map(({ step: number, title }) => (
          <li key={number}>
            <button type="button" className="link-button" aria-current={step === number ? "step" : undefined} onClick={() => setStep(number)}>
              Step {number}: {title}
            </button>
          </li>
        ))}
      </ol>
      <FormAlert message={error} />
      <StatusMessage>{status}</StatusMessage>
      {signed ? (
        <p className="alert alert-success">
          Signed off by {assessment.signedOff!.by.name} on {formatDateTime(assessment.signedOff!.at, timeZone)}. The answers can no longer change unless
          an Administrator withdraws the sign-off.
        </p>
      ) : null}

      <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={`Step ${step} of the breach assessment`}>
        <fieldset className="plain-fieldset" disabled={!canAnswer}>
          {step === 1 ? (
            <div className="assessment-step">
              <h3>Step 1: Does one of the three exceptions apply?</h3>
              <p className="hint">45 CFR 164.402(1)(i) to (iii). These are narrow: if you are not sure, choose “None of these applies”.</p>
              <fieldset className="plain-fieldset radio-list">
                <legend className="field-legend">Which of these describes what happened?</legend>
                {[...BREACH_EXCEPTIONS.filter((exception) => exception !== "none"), "none" as const].map((exception) => (
                  <Choice
                    key={exception}
                    value={exception}
                    label={BREACH_EXCEPTION_INFO[exception].label}
                    explanation={exception === "none" ? BREACH_EXCEPTION_INFO[exception].explanation : `${BREACH_EXCEPTION_INFO[exception].explanation} (${BREACH_EXCEPTION_INFO[exception].cite})`}
                    registration={register("exception")}
                  />
                ))}
                {stepError("exception")}
              </fieldset>
              {values.exception && values.exception !== "none" ? (
                <Field label="Why the exception applies" hint="Who, what, and why it went no further. This is the record of your decision.">
                  {(props) => <textarea {...props} {...register("exceptionNotes")} rows={3} />}
                </Field>
              ) : null}
            </div>
          ) : null}

          {step === 2 ? (
            <div className="assessment-step">
              <h3>Step 2: Was the information secured?</h3>
              <p className="hint">
                Information encrypted or destroyed the way HHS's guidance describes is not “unsecured”, and losing it is not a breach ({SAFE_HARBOR_CITE}).
              </p>
              <fieldset className="plain-fieldset radio-list">
                <legend className="field-legend">Was all of it unreadable to whoever got it?</legend>
                {SAFE_HARBOR_ANSWERS.map((answer) => (
                  <Choice key={answer} value={answer} label={SAFE_HARBOR_INFO[answer].label} explanation={SAFE_HARBOR_INFO[answer].explanation} registration={register("safeHarbor")} />
                ))}
                {stepError("safeHarbor")}
              </fieldset>
              {values.safeHarbor === "secured" ? (
                <Field label="How it was secured" hint="Which encryption (for example BitLocker), and why the password or key was not exposed.">
                  {(props) => <textarea {...props} {...register("safeHarborNotes")} rows={3} />}
                </Field>
              ) : null}
            </div>
          ) : null}

          {step === 3 ? (
            <div className="assessment-step">
              <h3>Step 3: The four factors</h3>
              <p className="hint">
                45 CFR 164.402(2)(i) to (iv). A low probability of compromise needs every factor to point that way; “We don't know” counts against it,
                because the practice must be able to show its conclusion (45 CFR 164.414(b)).
              </p>
              {BREACH_FACTORS.map((factor) => {
                const info = FACTOR_INFO[factor];
                const finding = factorFinding(factor, (values.factorAnswers ?? {}) as Record<string, string>);
                return (
                  <fieldset key={factor} className="factor">
                    <legend>
                      {info.title} <span className="cite">({info.cite})</span>
                    </legend>
                    <p className="hint">{info.explanation}</p>
                    {info.questions.map((question) => (
                      <fieldset key={question.id} className="plain-fieldset radio-list factor-question">
                        <legend className="field-legend">{question.text}</legend>
                        <div className="radio-row">
                          {question.options.map((option) => (
                            <Choice key={option.id} value={option.id} label={option.label} registration={register(`factorAnswers.${question.id}`)} />
                          ))}
                        </div>
                        {stepError(question.id)}
                      </fieldset>
                    ))}
                    <p className={finding === "higher" ? "finding finding-higher" : "finding"}>
                      {finding === null ? "Answer the questions above." : finding === "lower" ? "This factor points to a low risk." : "This factor points to a risk of compromise."}
                    </p>
                    <Field label={`Notes on “${info.title.toLowerCase()}”`} hint="What you found out, and how.">
                      {(props) => <textarea {...props} {...register(`factorNotes.${factor}`)} rows={2} />}
                    </Field>
                  </fieldset>
                );
              })}
            </div>
          ) : null}

          {step === 4 ? (
            <div className="assessment-step">
              <h3>Step 4: Conclusion</h3>
              <p className={assessment.outcome.kind === "breach" ? "conclusion conclusion-breach" : "conclusion"}>{outcomeLabel(assessment.outcome)}</p>
              <Reasoning assessment={assessment} />
              <Field
                label="Your reasoning"
                hint="In a few sentences, why the practice reached this conclusion. It is kept with the signed assessment for six years (45 CFR 164.530(j))."
              >
                {(props) => <textarea {...props} {...register("summary")} rows={4} />}
              </Field>
            </div>
          ) : null}
        </fieldset>

        <div className="button-row">
          {step > 1 ? (
            <button type="button" className="button-secondary" onClick={() => setStep((step === 4 ? (values.exception !== "none" ? 1 : values.safeHarbor === "secured" ? 2 : 3) : step - 1) as Step)}>
              Back
            </button>
          ) : null}
          {step < 4 ? (
            <button type="button" className="button-primary" onClick={() => void goOn(step)}>
              {canAnswer ? "Save and continue" : "Next"}
            </button>
          ) : canAnswer ? (
            <button type="button" className="button-primary" onClick={() => void save(null, "The reasoning was saved.")}>
              Save the reasoning
            </button>
          ) : null}
        </div>
      </form>

      {step === 4 ? (
        <div className="sign-off">
          <h3>Sign-off</h3>
          {signed ? (
            mayUse(session, "admin") && editable ? (
              <WithdrawSignOff incidentId={detail.incident.id} onUpdated={onUpdated} />
            ) : null
          ) : assessment.missingForSignOff.length > 0 ? (
            <>
              <p>Before an Administrator can sign the assessment off:</p>
              <ul>
                {assessment.missingForSignOff.map((missing) => (
                  <li key={missing}>{missing}</li>
                ))}
              </ul>
            </>
          ) : mayUse(session, "admin") && editable ? (
            <>
              <p>Signing off makes this conclusion and its reasoning the practice's record, with your name and the time.</p>
              {dirty ? <p className="hint">Save your changes first.</p> : null}
              <button type="button" className="button-primary" disabled={dirty} onClick={() => void signOff()}>
                Sign off the assessment
              </button>
            </>
          ) : (
            <p>The assessment is ready. An Administrator signs it off.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** The answers that led to the conclusion, as the record shows them. */
function Reasoning({ assessment }: { assessment: BreachAssessmentView }) {
  if (assessment.exception === null) return null;
  return (
    <dl className="facts reasoning">
      <dt>Exceptions</dt>
      <dd>
        {BREACH_EXCEPTION_INFO[assessment.exception].label}
        {assessment.exceptionNotes ? `: ${assessment.exceptionNotes}` : ""}
      </dd>
      {assessment.exception === "none" && assessment.safeHarbor ? (
        <>
          <dt>Secured?</dt>
          <dd>
            {SAFE_HARBOR_INFO[assessment.safeHarbor].label}
            {assessment.safeHarborNotes ? `: ${assessment.safeHarborNotes}` : ""}
          </dd>
        </>
      ) : null}
      {assessment.exception === "none" && assessment.safeHarbor === "unsecured"
        ? BREACH_FACTORS.map((factor) => (
            <Fragment key={factor}>
              <dt>{FACTOR_INFO[factor].title}</dt>
              <dd>
                {assessment.findings[factor] === null ? "Not answered" : assessment.findings[factor] === "lower" ? "Low risk" : "Risk of compromise"}
                {assessment.factorNotes[factor] ? `: ${assessment.factorNotes[factor]}` : ""}
              </dd>
            </Fragment>
          ))
        : null}
    </dl>
  );
}
