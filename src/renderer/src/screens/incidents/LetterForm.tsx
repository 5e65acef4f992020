import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { breachLetterInputSchema, type BreachLetter, type BreachLetterInput } from "../../../../shared/model/incident";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { downloadPdf } from "./downloadPdf";

const FIELDS = Object.keys(breachLetterInputSchema.shape);

function inputOf(letter: BreachLetter): BreachLetterInput {
  const { saved: _saved, warnings: _warnings, ...input } = letter;
  return input;
}

export function LetterForm({ incidentId, letter, editable, onSaved }: { incidentId: string; letter: BreachLetter; editable: boolean; onSaved: (letter: BreachLetter) => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<z.input<typeof breachLetterInputSchema>, unknown, BreachLetterInput>({ resolver: zodResolver(breachLetterInputSchema), defaultValues: inputOf(letter) });

  const save = async (input: BreachLetterInput) => {
    setFormError(null);
    setStatus(null);
    const result = await invoke("incidents.letter.save", { incidentId, letter: input });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, FIELDS, "letter."));
      return;
    }
    onSaved(result.value);
    reset(inputOf(result.value));
    setStatus("The letter was saved.");
  };

  const download = async () => {
    setFormError(null);
    setStatus(null);
    setDownloading(true);
    const result = await invoke("incidents.letter.pdf", { incidentId });
    setDownloading(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    downloadPdf(result.value.fileName, result.value.pdfBase64);
    setStatus(`The letter was downloaded as ${result.value.fileName}.`);
  };

  const text = (name: keyof BreachLetterInput, label: string, hint: string, rows: number) => (
    <Field label={label} hint={hint} error={errors[name]?.message}>
      {(control) => <textarea {...control} {...register(name)} rows={rows} />}
    </Field>
  );

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label="Letter to the affected individuals" className="letter-form">
      {letter.warnings.length > 0 ? (
        <div className="alert alert-warning">
          <p>Before you send it:</p>
          <ul>
            {letter.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormAlert message={formError} />
      <fieldset className="plain-fieldset" disabled={!editable}>
        <Field label="Greeting" hint="For example “Dear Patient,” or the person's name when you print one letter per patient." error={errors.salutation?.message}>
          {(control) => <input {...control} {...register("salutation")} autoComplete="off" />}
        </Field>
        {text("whatHappened", "What happened", "Including the date of the breach, if known, and the date it was discovered (164.404(c)(1)(A)).", 5)}
        {text("informationInvolved", "What information was involved", "The kinds of information, such as names, Social Security numbers, dates of birth, diagnoses (164.404(c)(1)(B)).", 3)}
        {text("whatYouCanDo", "What patients can do", "Steps they should take to protect themselves from harm (164.404(c)(1)(C)). Leave a blank line between paragraphs.", 5)}
        {text("whatWeAreDoing", "What the practice is doing", "To investigate, to limit the harm, and to prevent it happening again (164.404(c)(1)(D)).", 4)}
        <fieldset className="form-group">
          <legend>How patients can reach the practice</legend>
          <p className="hint">At least one of these; a toll-free number is best (164.404(c)(1)(E)).</p>
          <Field label="Toll-free phone number" error={errors.contactPhone?.message}>
            {(control) => <input {...control} {...register("contactPhone")} autoComplete="off" inputMode="tel" />}
          </Field>
          <Field label="E-mail address" error={errors.contactEmail?.message}>
            {(control) => <input {...control} {...register("contactEmail")} autoComplete="off" inputMode="email" />}
          </Field>
          <Field label="Web site" error={errors.contactWebsite?.message}>
            {(control) => <input {...control} {...register("contactWebsite")} autoComplete="off" />}
          </Field>
          <Field label="Postal address" error={errors.contactAddress?.message}>
            {(control) => <textarea {...control} {...register("contactAddress")} rows={2} />}
          </Field>
        </fieldset>
        <div className="field-pair">
          <Field label="Signed by" error={errors.signerName?.message}>
            {(control) => <input {...control} {...register("signerName")} autoComplete="off" />}
          </Field>
          <Field label="Their title" error={errors.signerTitle?.message}>
            {(control) => <input {...control} {...register("signerTitle")} autoComplete="off" />}
          </Field>
        </div>
      </fieldset>
      <div className="button-row">
        {letter.saved ? (
          <button type="button" className="button-secondary" onClick={() => void download()} disabled={downloading || isDirty}>
            {downloading ? "Making the PDF…" : "Download the letter (PDF)"}
          </button>
        ) : null}
        {editable ? (
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            Save the letter
          </button>
        ) : null}
      </div>
      {letter.saved && isDirty ? <p className="hint">Save your changes to download the letter with them.</p> : null}
      {!letter.saved ? <p className="hint">Save the letter to download it as a PDF.</p> : null}
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
