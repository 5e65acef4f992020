import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { practiceProfileSchema, type PracticeProfile, type PracticeProfileInput } from "../../../../shared/model/practice";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { PracticeFields } from "../setup/PracticeFields";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { mayUse } from "./permissions";
import { SettingsSection } from "./SettingsSection";

const FIELDS = Object.keys(practiceProfileSchema.shape);

export function PracticeProfileSection() {
  const { practice } = useSession();
  return (
    <SettingsSection title="Practice profile">
      {practice ? <PracticeProfileForm practice={practice} /> : <p>Loading the practice profile…</p>}
    </SettingsSection>
  );
}

/** The practice's details, editable by an Administrator (practice.update); shown greyed out to others. */
function PracticeProfileForm({ practice }: { practice: PracticeProfile }) {
  const invoke = useInvoke();
  const { session, setPractice } = useSession();
  const editable = mayUse(session, "admin");
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PracticeProfileInput, unknown, PracticeProfile>({ resolver: zodResolver(practiceProfileSchema), defaultValues: practice });
  const timeZone = useWatch({ control, name: "timeZone" });

  const submit = async (values: PracticeProfile) => {
    setFormError(null);
    setSaved(false);
    const result = await invoke("practice.update", values);
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, FIELDS));
      return;
    }
    setPractice(result.value);
    reset(result.value);
    setSaved(true);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Practice profile">
      <AdminOnlyNote session={session} what="the practice profile" />
      <FormAlert message={formError} />
      <PracticeFields register={register} errors={errors} timeZone={timeZone ?? practice.timeZone} disabled={!editable} />
      {editable ? (
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            Save the practice profile
          </button>
        </div>
      ) : null}
      <StatusMessage>{saved ? "The practice profile was saved." : null}</StatusMessage>
    </form>
  );
}
