import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { AppError } from "../../../../shared/result";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { passwordGuidanceText } from "../../components/PasswordGuidance";
import { adminFormSchema, type AdminForm, type AdminFormInput } from "../../forms/accountSchemas";
import { applyServerError } from "../../forms/serverErrors";

const ADMIN_FIELDS = ["fullName", "title", "username", "password", "confirmPassword"];

export const EMPTY_ADMIN: AdminFormInput = { fullName: "", title: "", username: "", password: "", confirmPassword: "", role: "administrator" };

interface AdminStepProps {
  initial: AdminFormInput;
  onBack: (draft: AdminFormInput) => void;
  /** Creates the vault; resolves to the main process's refusal, or null. */
  onCreate: (admin: AdminForm) => Promise<AppError | null>;
}

/** Setup, step 2: the first Administrator, who can then add everyone else. */
export function AdminStep({ initial, onBack, onCreate }: AdminStepProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AdminFormInput, unknown, AdminForm>({ resolver: zodResolver(adminFormSchema), defaultValues: initial });

  const submit = async (admin: AdminForm) => {
    setFormError(null);
    const error = await onCreate(admin);
    if (error) setFormError(applyServerError(error, setError, ADMIN_FIELDS, "admin."));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="step-title">
      <p className="step-indicator">Step 2 of 3</p>
      <PageHeading level={2} id="step-title">
        The first Administrator
      </PageHeading>
      <p>This person signs in first and can then add everyone else. Usually it is the Security Official or the office manager.</p>
      <FormAlert message={formError} />
      <Field label="Full name" error={errors.fullName?.message}>
        {(control) => <input {...control} {...register("fullName")} autoComplete="name" />}
      </Field>
      <Field label="Title" hint="For example: Office Manager. You can leave this empty." error={errors.title?.message}>
        {(control) => <input {...control} {...register("title")} autoComplete="organization-title" />}
      </Field>
      <Field label="Username" hint="Used to sign in, for example maria.lopez. Letters, digits, dots, dashes and underscores." error={errors.username?.message}>
        {(control) => <input {...control} {...register("username")} autoComplete="username" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field label="Password" hint={passwordGuidanceText()} error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Type the password again" error={errors.confirmPassword?.message}>
        {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => onBack(getValues())}>
          Back
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Creating the vault…" : "Create the vault"}
        </button>
      </div>
    </form>
  );
}
