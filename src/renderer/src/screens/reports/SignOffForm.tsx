import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { passwordSchema } from "../../../../shared/model/account";
import { DEFAULT_SIGNATURE_MEANING, SIGNATURE_MEANINGS, signatureMeaningSchema } from "../../../../shared/model/reports";
import type { AppError } from "../../../../shared/result";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

const signOffSchema = z.object({ meaning: signatureMeaningSchema, password: passwordSchema });
type SignOffValues = z.infer<typeof signOffSchema>;
const FIELDS = ["meaning", "password"];

interface SignOffFormProps {
  signerName: string;
  /** Signs and saves; answers the error to show, or null when it worked. */
  onSign: (values: SignOffValues) => Promise<AppError | null>;
}

/**
 * An Administrator's sign-off after reading the preview: what the signature means, and their own
 * password again, because a signature must be that person's deliberate act.
 */
export function SignOffForm({ signerName, onSign }: SignOffFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<SignOffValues, unknown, SignOffValues>({
    resolver: zodResolver(signOffSchema),
    defaultValues: { meaning: DEFAULT_SIGNATURE_MEANING, password: "" },
  });

  const submit = async (values: SignOffValues) => {
    setFormError(null);
    const error = await onSign(values);
    resetField("password");
    // The channel names the fields "sign.password" and "sign.meaning".
    if (error) setFormError(applyServerError(error, setError, FIELDS, "sign."));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Sign the report" className="sign-off-form">
      <h3>Sign as {signerName}</h3>
      <p className="hint">The PDF will carry your signature block and a digital signature that PDF readers check. Anyone changing the file afterwards breaks it.</p>
      <FormAlert message={formError} />
      <Field label="What your signature means" hint={`For example: ${SIGNATURE_MEANINGS.join("; ")}.`} error={errors.meaning?.message}>
        {(control) => (
          <>
            <input {...control} {...register("meaning")} list="signature-meanings" autoComplete="off" />
            <datalist id="signature-meanings">
              {SIGNATURE_MEANINGS.map((meaning) => (
                <option key={meaning} value={meaning} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="Your password" error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Signing…" : "Sign and save"}
        </button>
      </div>
    </form>
  );
}

